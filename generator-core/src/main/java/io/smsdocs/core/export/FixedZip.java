package io.smsdocs.core.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    public static byte[] write(Map<String, byte[]> parts) {
        List<String> names = new ArrayList<>(parts.keySet());
        names.sort(Comparator.comparingInt(FixedZip::rank).thenComparing(Comparator.naturalOrder()));
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
