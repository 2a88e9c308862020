package io.smsdocs.core.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * One part of a package, compressed while it is written: the body of a large document is tens of megabytes of
 * XML, and only its compressed form (a fiftieth of it) need be held. The deflater is set up and fed as
 * {@link java.util.zip.ZipOutputStream} sets up and feeds its own (raw deflate, the fastest level), so
 * {@link FixedZip} packs the same bytes either way.
 */
public final class DeflatedPart {

    private static final int CHUNK = 8192;

    /**
     * A deflater per thread, reset between parts as ZipOutputStream resets its one deflater between entries: making
     * one sets up some 260 KB of native tables, and a set makes a handful per document.
     */
    private static final ThreadLocal<Deflater> IDLE = new ThreadLocal<>();

    private final Deflater deflater = take();
    private final CRC32 crc = new CRC32();
    private final ByteArrayOutputStream compressed = new ByteArrayOutputStream(4096);
    private final byte[] buffer = new byte[CHUNK];
    private byte[] data;
    private long size;

    /** The thread's idle deflater, or a new one while it is in use (a part begun inside another). */
    private static Deflater take() {
        Deflater idle = IDLE.get();
        if (idle != null) {
            IDLE.remove();
            return idle;
        }
        Deflater made = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        made.setLevel(Deflater.BEST_SPEED);
        return made;
    }

    private void giveBack() {
        deflater.reset();
        if (IDLE.get() == null) {
            IDLE.set(deflater);
        } else {
            deflater.end();
        }
    }

    /** A part given whole. */
    public static DeflatedPart of(byte[] content) {
        DeflatedPart part = new DeflatedPart();
        part.write(content, 0, content.length);
        part.finish();
        return part;
    }

    public void write(byte[] bytes, int offset, int length) {
        if (data != null) {
            throw new IllegalStateException("the part is finished");
        }
        crc.update(bytes, offset, length);
        deflater.setInput(bytes, offset, length);
        while (!deflater.needsInput()) {
            deflate();
        }
    }

    /**
     * The text as UTF-8, a chunk at a time: String's own encoder, a plain copy for text without umlauts or dashes (on
     * the quick compiler three times faster than a loop over the characters). A chunk never ends between the halves of
     * a surrogate pair, so every pair is encoded whole, and a lone half becomes '?' as {@link String#getBytes} makes it.
     * Each text is encoded on its own: the body writer's pieces end with an element, never inside a pair.
     */
    public void writeUtf8(CharSequence text) {
        int length = text.length();
        for (int start = 0; start < length; ) {
            int end = Math.min(length, start + CHUNK);
            if (end < length && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            String chunk = start == 0 && end == length ? text.toString() : text.subSequence(start, end).toString();
            byte[] bytes = chunk.getBytes(StandardCharsets.UTF_8);
            write(bytes, 0, bytes.length);
            start = end;
        }
    }

    /** Ends the part; its compressed bytes, CRC-32 and size are known from here on. */
    public DeflatedPart finish() {
        if (data == null) {
            deflater.finish();
            while (!deflater.finished()) {
                deflate();
            }
            size = deflater.getBytesRead();
            giveBack();
            data = compressed.toByteArray();
        }
        return this;
    }

    private void deflate() {
        int length = deflater.deflate(buffer, 0, buffer.length);
        compressed.write(buffer, 0, length);
    }

    byte[] data() {
        return finished().data;
    }

    long crc() {
        return finished().crc.getValue();
    }

    long size() {
        return finished().size;
    }

    private DeflatedPart finished() {
        if (data == null) {
            throw new IllegalStateException("the part is not finished");
        }
        return this;
    }
}
