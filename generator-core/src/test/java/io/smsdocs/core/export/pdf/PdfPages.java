package io.smsdocs.core.export.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the layout tests read from a PDF: the table of contents with its page numbers, and how full each page is. */
final class PdfPages {

    /** A line of the table of contents: the heading and the page it says the heading is on. */
    record TocEntry(String heading, int page) {
    }

    /**
     * A grey level darker than this is ink: small text drawn at low resolution comes out light grey, a draft's
     * translucent watermark lighter still (about 237), and so does the fill of a table's header row.
     */
    private static final int INK = 215;
    private static final Pattern ENTRY = Pattern.compile("^(.+?)\\s*\\.{3,}\\s*(\\d+)$");

    private PdfPages() {
    }

    /**
     * The entries of the table of contents that follows the line {@code contents} (its title), in order, also those
     * that spill onto the next page. An entry whose heading is too long for one line is joined with the line that
     * ends in the page number.
     */
    static List<TocEntry> toc(List<String> pages, String contents) {
        List<TocEntry> entries = new ArrayList<>();
        for (int page = 0; page < pages.size(); page++) {
            List<String> lines = pages.get(page).lines().map(String::strip).toList();
            int title = lines.indexOf(contents);
            if (title < 0) {
                continue;
            }
            entries(lines.subList(title + 1, lines.size()), entries);
            // Contents that spill over: the next page goes on with entries after its running header.
            for (int next = page + 1; next < pages.size(); next++) {
                List<String> following = pages.get(next).lines().map(String::strip).toList();
                if (following.size() < 2 || !ENTRY.matcher(following.get(1)).matches()) {
                    break;
                }
                entries(following.subList(1, following.size()), entries);
            }
            return entries;
        }
        return entries;
    }

    /** Adds the entries the lines start with, up to two lines in a row that are no entry (the page's footer). */
    private static void entries(List<String> lines, List<TocEntry> entries) {
        String pending = "";
        for (String line : lines) {
            Matcher entry = ENTRY.matcher(pending.isEmpty() ? line : pending + " " + line);
            if (entry.matches()) {
                entries.add(new TocEntry(entry.group(1).strip(), Integer.parseInt(entry.group(2))));
                pending = "";
            } else if (pending.isEmpty()) {
                pending = line;  // the first line of a heading too long for one line, or the page's footer
            } else {
                return;
            }
        }
    }

    /**
     * The entries whose heading is not on the page they name, each as "heading: listed on page 3, found on page 4"
     * (found on: the first page after the contents whose text has the heading, or none).
     */
    static List<String> misplaced(List<String> pages, String contents) {
        List<String> wrong = new ArrayList<>();
        int tocPage = 0;
        while (tocPage < pages.size() && pages.get(tocPage).lines().map(String::strip).noneMatch(contents::equals)) {
            tocPage++;
        }
        for (TocEntry entry : toc(pages, contents)) {
            if (entry.page() < 1 || entry.page() > pages.size() || !hasLine(pages.get(entry.page() - 1), entry.heading())) {
                int found = -1;
                for (int page = tocPage + 1; page < pages.size() && found < 0; page++) {
                    if (hasLine(pages.get(page), entry.heading())) {
                        found = page + 1;
                    }
                }
                wrong.add(entry.heading() + ": listed on page " + entry.page() + ", found on page " + (found < 0 ? "none" : found));
            }
        }
        return wrong;
    }

    /** Whether the page has the heading as a line of its own (or over consecutive lines, when it wraps). */
    private static boolean hasLine(String page, String heading) {
        String wanted = heading.replaceAll("\\s+", " ");
        List<String> lines = page.lines().map(String::strip).toList();
        for (int i = 0; i < lines.size(); i++) {
            StringBuilder joined = new StringBuilder(lines.get(i));
            for (int j = i; j < lines.size() && joined.length() <= wanted.length(); j++) {
                if (j > i) {
                    joined.append(' ').append(lines.get(j));
                }
                if (joined.toString().replaceAll("\\s+", " ").equals(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * For each page, how far down its body (between the running header and the footer, each about 7 % of the page)
     * something is printed: 0 when nothing is below the header, 1 when the page is full down to the footer. The page
     * is drawn at low resolution and the lowest pixel of ink counts, so text, tables and pictures count alike, and the
     * light watermark of a draft does not.
     */
    static List<Double> fill(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<Double> fill = new ArrayList<>();
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 50, ImageType.GRAY);
                int top = (int) (image.getHeight() * 0.07);
                int bottom = (int) (image.getHeight() * 0.93);
                int lowest = top;
                for (int y = top; y < bottom; y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        if ((image.getRGB(x, y) & 0xff) < INK) {
                            lowest = y;
                            break;
                        }
                    }
                }
                fill.add((double) (lowest - top) / (bottom - top));
            }
            return fill;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
