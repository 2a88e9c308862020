package io.smsdocs.core.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

    private FixedZip() {
    }

    /** Through {@link ZipOutputStream}, which writes ZIP64 where a package needs it (an evidence pack of a very large set). */
    public static byte[] write(Map<String, byte[]> parts) {
        List<String> names = inPackageOrder(parts.keySet());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.BEST_SPEED);
            for (String name : names) {
                ZipEntry entry = new ZipEntry(name);
                entry.setTimeLocal(FIXED_TIME);
                out.putNextEntry(entry);
                out.write(parts.get(name));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The same package with some parts compressed already, as they were written ({@link DeflatedPart}): the body of a
     * large document is never held as text. Written in the very format {@link ZipOutputStream} writes (each entry's
     * sizes and CRC in a data descriptor after it, names flagged UTF-8, no extra fields), so a part gives the same
     * bytes whether it came whole or deflated; {@code FixedZipTest} compares the two.
     */
    public static byte[] write(Map<String, byte[]> parts, Map<String, DeflatedPart> deflated) {
        java.util.Set<String> all = new java.util.HashSet<>(parts.keySet());
        all.addAll(deflated.keySet());
        List<String> names = inPackageOrder(all);
        if (names.size() >= 0xFFFF) {
            throw new IllegalStateException("a package of " + names.size() + " parts needs ZIP64");
        }
        int total = deflated.values().stream().mapToInt(part -> part.data().length).sum();
        LittleEndian out = new LittleEndian(total + 64 * 1024);
        LittleEndian directory = new LittleEndian(names.size() * 96);
        for (String name : names) {
            DeflatedPart part = deflated.containsKey(name) ? deflated.get(name) : DeflatedPart.of(parts.get(name));
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            long size = part.size();
            long compressed = part.data().length;
            if (size >= ZIP32_LIMIT || compressed >= ZIP32_LIMIT) {
                throw new IllegalStateException("a package this large needs ZIP64: " + name);
            }
            int offset = out.size();
            out.int32(0x04034b50).int16(VERSION).int16(FLAGS).int16(ZipEntry.DEFLATED).int32(DOS_TIME).int32(0).int32(0).int32(0)
                    .int16(nameBytes.length).int16(0).bytes(nameBytes).bytes(part.data())
                    .int32(0x08074b50).int32(part.crc()).int32(compressed).int32(size);
            directory.int32(0x02014b50).int16(VERSION).int16(VERSION).int16(FLAGS).int16(ZipEntry.DEFLATED).int32(DOS_TIME)
                    .int32(part.crc()).int32(compressed).int32(size).int16(nameBytes.length).int16(0).int16(0).int16(0).int16(0)
                    .int32(0).int32(offset).bytes(nameBytes);
        }
        int directoryOffset = out.size();
        out.bytes(directory.toByteArray());
        out.int32(0x06054b50).int16(0).int16(0).int16(names.size()).int16(names.size()).int32(directory.size())
                .int32(directoryOffset).int16(0);
        return out.toByteArray();
    }

    /** What ZipOutputStream writes for a deflated entry with a data descriptor: version 2.0, bit 3 and the UTF-8 bit. */
    private static final int VERSION = 20;
    private static final int FLAGS = 0x0808;
    /** {@link #FIXED_TIME} as an MS-DOS date and time: 2000-01-01 00:00. */
    private static final long DOS_TIME = (2000 - 1980) << 25 | 1 << 21 | 1 << 16;
    private static final long ZIP32_LIMIT = 0xFFFFFFFFL;

    /** A byte buffer with the little-endian fields of a zip file. */
    private static final class LittleEndian extends ByteArrayOutputStream {

        LittleEndian(int capacity) {
            super(capacity);
        }

        LittleEndian int16(int value) {
            write(value & 0xFF);
            write(value >>> 8 & 0xFF);
            return this;
        }

        LittleEndian int32(long value) {
            return int16((int) (value & 0xFFFF)).int16((int) (value >>> 16 & 0xFFFF));
        }

        LittleEndian bytes(byte[] bytes) {
            write(bytes, 0, bytes.length);
            return this;
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

    /** [Content_Types].xml first, as Office expects, then the package relationships, then the rest by name. */
    private static List<String> inPackageOrder(java.util.Collection<String> names) {
        List<String> ordered = new ArrayList<>(names);
        ordered.sort(Comparator.comparingInt(FixedZip::rank).thenComparing(Comparator.naturalOrder()));
        return ordered;
    }

    private static int rank(String name) {
        if (name.equals("[Content_Types].xml")) {
            return 0;
        }
        return name.equals("_rels/.rels") ? 1 : 2;
    }
}
