package io.smsdocs.core.export.docx;

import io.smsdocs.core.output.OutputPaths;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

/**
 * Embeds images referenced from the Markdown or the descriptor (logo, charts). Paths are relative to
 * the asset folder and may not leave it; size and dimensions are limited before anything is decoded.
 */
final class ImageEmbedder {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_PIXELS = 10_000;
    private static final double MAX_WIDTH_CM = 16.0;

    private final Path assetDirectory;

    ImageEmbedder(Path assetDirectory) {
        this.assetDirectory = assetDirectory;
    }

    /** Adds the picture as a run; an image that cannot be used becomes its alternative text. */
    void embed(XWPFParagraph paragraph, String relativePath, String altText) {
        embed(paragraph, relativePath, altText, MAX_WIDTH_CM);
    }

    void embed(XWPFParagraph paragraph, String relativePath, String altText, double maxWidthCm) {
        Picture picture = load(relativePath);
        if (picture == null) {
            paragraph.createRun().setText(altText);
            return;
        }
        double widthCm = Math.min(maxWidthCm, picture.width() / 96.0 * 2.54);
        double heightCm = widthCm * picture.height() / picture.width();
        try {
            paragraph.createRun().addPicture(new ByteArrayInputStream(picture.bytes()), picture.type(),
                    Path.of(relativePath).getFileName().toString(), Units.toEMU(widthCm / 2.54 * 72), Units.toEMU(heightCm / 2.54 * 72));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            paragraph.createRun().setText(altText);
        }
    }

    record Picture(byte[] bytes, PictureType type, int width, int height) {
    }

    Picture load(String relativePath) {
        if (assetDirectory == null || relativePath == null || relativePath.isBlank()) {
            return null;
        }
        PictureType type = typeOf(relativePath);
        if (type == null) {
            return null;
        }
        try {
            Path file = OutputPaths.resolveInside(assetDirectory.toAbsolutePath().normalize(), relativePath);
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            int[] size = dimensions(bytes);
            if (size == null || size[0] <= 0 || size[1] <= 0 || size[0] > MAX_PIXELS || size[1] > MAX_PIXELS) {
                return null;
            }
            return new Picture(bytes, type, size[0], size[1]);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Reads width and height from the image header only, so a decompression bomb is never decoded. */
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

    private static PictureType typeOf(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png")) {
            return PictureType.PNG;
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return PictureType.JPEG;
        }
        if (lower.endsWith(".gif")) {
            return PictureType.GIF;
        }
        return null;
    }
}
