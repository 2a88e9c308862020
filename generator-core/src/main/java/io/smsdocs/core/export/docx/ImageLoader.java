package io.smsdocs.core.export.docx;

import io.smsdocs.core.export.OutputPaths;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Loads images referenced from the Markdown or the descriptor (logo, charts). Paths are relative to
 * the asset folder and may not leave it; size and dimensions are checked from the header before
 * anything is decoded, so a decompression bomb is never expanded.
 */
public final class ImageLoader {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_PIXELS = 10_000;

    /** A usable image: its bytes, file extension and pixel size. */
    public record Picture(byte[] bytes, String extension, int width, int height) {

        String contentType() {
            return extension.equals("jpeg") ? "image/jpeg" : "image/" + extension;
        }

        /** Size in EMU at 96 dpi, scaled down to fit the given width and height in cm. */
        long[] extentEmu(double maxWidthCm, double maxHeightCm) {
            double widthCm = Math.min(maxWidthCm, width / 96.0 * 2.54);
            double heightCm = widthCm * height / width;
            if (heightCm > maxHeightCm) {
                widthCm = widthCm * maxHeightCm / heightCm;
                heightCm = maxHeightCm;
            }
            return new long[] {Math.round(widthCm * 360_000), Math.round(heightCm * 360_000)};
        }
    }

    private final Path assetDirectory;
    private final Map<String, byte[]> generated;

    public ImageLoader(Path assetDirectory) {
        this(assetDirectory, Map.of());
    }

    private ImageLoader(Path assetDirectory, Map<String, byte[]> generated) {
        this.assetDirectory = assetDirectory;
        this.generated = generated;
    }

    /** This loader, also serving the pictures the generator drew for a document (charts), by their link path. */
    ImageLoader with(Map<String, byte[]> pictures) {
        return pictures.isEmpty() ? this : new ImageLoader(assetDirectory, pictures);
    }

    /** The picture, or null when the path is unsafe, missing, too large or not an image we embed. */
    public Picture load(String relativePath) {
        if (relativePath == null || relativePath.isBlank()) {
            return null;
        }
        String extension = extensionOf(relativePath);
        if (extension == null) {
            return null;
        }
        if (generated.containsKey(relativePath)) {
            return picture(generated.get(relativePath), extension);
        }
        if (assetDirectory == null) {
            return null;
        }
        try {
            Path file = OutputPaths.resolveInside(assetDirectory.toAbsolutePath().normalize(), relativePath);
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return null;
            }
            return picture(Files.readAllBytes(file), extension);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Picture picture(byte[] bytes, String extension) {
        try {
            int[] size = dimensions(bytes);
            if (size == null || size[0] <= 0 || size[1] <= 0 || size[0] > MAX_PIXELS || size[1] > MAX_PIXELS) {
                return null;
            }
            return new Picture(bytes, extension, size[0], size[1]);
        } catch (IOException e) {
            return null;
        }
    }

    private static int[] dimensions(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        }
    }

    private static String extensionOf(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png")) {
            return "png";
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "jpeg";
        }
        if (lower.endsWith(".gif")) {
            return "gif";
        }
        return null;
    }
}
