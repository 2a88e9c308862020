package io.smsdocs.core.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes OOXML packages (DOCX, XLSX) so that the same content gives the same bytes: a fixed entry
 * order ([Content_Types].xml first, as Office expects) and a fixed entry time, whatever the clock or
 * time zone.
 */
public final class FixedZip {

    // Well inside the DOS date range, so Java writes no extended (time-zone dependent) timestamp field.
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final int TEXT_CHUNK = 8192;

    private FixedZip() {
    }

    public static byte[] write(Map<String, byte[]> parts) {
        return write(parts, Map.of());
    }

    /**
     * @param texts parts given as text pieces, written as UTF-8 straight into the package: the body of a
     *              large document is tens of megabytes, and joining and encoding it first would hold it in
     *              memory two or three times over
     */
    public static byte[] write(Map<String, byte[]> parts, Map<String, List<CharSequence>> texts) {
        List<String> names = new ArrayList<>(parts.keySet());
        texts.keySet().stream().filter(name -> !parts.containsKey(name)).forEach(names::add);
        names.sort(Comparator.comparingInt(FixedZip::rank).thenComparing(Comparator.naturalOrder()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.BEST_SPEED);
            for (String name : names) {
                ZipEntry entry = new ZipEntry(name);
                entry.setTimeLocal(FIXED_TIME);
                out.putNextEntry(entry);
                if (texts.containsKey(name)) {
                    writeUtf8(texts.get(name), out);
                } else {
                    out.write(parts.get(name));
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The pieces as UTF-8, a chunk at a time: String's own encoder (a plain copy for ASCII text) instead of a
     * writer's char-by-char one. A chunk never ends between the two halves of a surrogate pair, so every pair is
     * encoded whole, and a lone half becomes '?' as a writer would make it.
     */
    private static void writeUtf8(List<CharSequence> pieces, OutputStream out) throws IOException {
        for (CharSequence piece : pieces) {
            int length = piece.length();
            for (int start = 0; start < length; ) {
                int end = Math.min(length, start + TEXT_CHUNK);
                if (end < length && Character.isHighSurrogate(piece.charAt(end - 1))) {
                    end--;
                }
                String chunk = start == 0 && end == length ? piece.toString() : piece.subSequence(start, end).toString();
                out.write(chunk.getBytes(StandardCharsets.UTF_8));
                start = end;
            }
        }
    }

    /** Rewrites a package another library wrote, with the fixed order and time. */
    public static byte[] normalize(byte[] zip) {
        return write(read(zip));
    }

    /** The package's parts by name, in the order the package holds them. */
    public static Map<String, byte[]> read(byte[] zip) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    parts.put(entry.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    private static int rank(String name) {
        if (name.equals("[Content_Types].xml")) {
            return 0;
        }
        return name.equals("_rels/.rels") ? 1 : 2;
    }
}
