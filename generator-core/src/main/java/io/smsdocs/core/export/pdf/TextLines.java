package io.smsdocs.core.export.pdf;

import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.util.ArrayList;
import java.util.List;

/** Breaks a text into lines that fit a width, at spaces, and inside a word only when the word alone is too wide. */
final class TextLines {

    private TextLines() {
    }

    static List<String> wrap(PDType0Font font, float size, String text, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : PdfFonts.printable(font, text).strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (PdfFonts.width(font, candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (PdfFonts.width(font, rest, size) > width && rest.length() > 1) {
                int fit = rest.length() - 1;
                while (fit > 1 && PdfFonts.width(font, rest.substring(0, fit), size) > width) {
                    fit--;
                }
                lines.add(rest.substring(0, fit));
                rest = rest.substring(fit);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
