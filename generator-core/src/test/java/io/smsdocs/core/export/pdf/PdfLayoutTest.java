package io.smsdocs.core.export.pdf;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of sample documents as LibreOffice lays them out (issue 15, item 2): the contents list each heading's
 * real page; no page but the last is near-empty (contents spilling onto a page of their own, a heading left alone
 * before a picture that did not fit); updating the contents does not change the page count (so a reader that shows
 * the DOCX as saved and one that updates its fields paginate alike); and the page counts are pinned in
 * src/test/resources/pdf/page-counts.txt, so a change of layout shows in review (refresh with -Dgolden.update=true).
 */
class PdfLayoutTest {

    /** A page other than the last that is printed on less than this part of its height is near-empty. */
    private static final double NEAR_EMPTY = 0.25;
    private static final Path PAGE_COUNTS = Path.of("src/test/resources/pdf/page-counts.txt");

    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void render() {
        out = PdfFixture.northwindSmall();
    }

    @Test
    void theContentsListTheRealPageOfEachHeading() {
        SoftAssertions softly = new SoftAssertions();
        for (String id : PdfFixture.NORTHWIND_SMALL) {
            List<String> pages = PdfFixture.pages(out.resolve("pdf/" + id + ".pdf"));
            softly.assertThat(PdfPages.toc(pages, "Contents")).as("contents of %s", id).isNotEmpty();
            softly.assertThat(PdfPages.misplaced(pages, "Contents")).as("headings of %s not on the page listed", id).isEmpty();
        }
        softly.assertAll();
    }

    @Test
    void noPageButTheLastIsNearlyEmpty() {
        SoftAssertions softly = new SoftAssertions();
        for (String id : PdfFixture.NORTHWIND_SMALL) {
            List<Double> fill = PdfPages.fill(out.resolve("pdf/" + id + ".pdf"));
            List<String> nearEmpty = new ArrayList<>();
            for (int page = 0; page < fill.size() - 1; page++) {
                if (fill.get(page) < NEAR_EMPTY) {
                    nearEmpty.add("page " + (page + 1) + " of " + fill.size() + " printed down to " + Math.round(fill.get(page) * 100) + " %");
                }
            }
            softly.assertThat(nearEmpty).as("near-empty pages of %s", id).isEmpty();
        }
        softly.assertAll();
    }

    @Test
    void updatingTheContentsKeepsThePageCount() throws IOException, InterruptedException {
        Path bare = dir.resolve("bare");
        Files.createDirectories(bare);
        List<String> command = new ArrayList<>(List.of(OfficeLocator.locate(null).toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri().toASCIIString().replaceAll("/$", ""),
                "--convert-to", "pdf", "--outdir", bare.toString()));
        PdfFixture.NORTHWIND_SMALL.forEach(id -> command.add(out.resolve("docx/" + id + ".docx").toString()));
        Process office = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("office.log").toFile()).start();
        assertThat(office.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice converts %s", command).isTrue();

        SoftAssertions softly = new SoftAssertions();
        for (String id : PdfFixture.NORTHWIND_SMALL) {
            softly.assertThat(PdfFixture.pages(out.resolve("pdf/" + id + ".pdf"))).as("pages of %s with the contents updated", id)
                    .hasSameSizeAs(PdfFixture.pages(bare.resolve(id + ".pdf")));
        }
        softly.assertAll();
    }

    @Test
    void thePageCountsArePinned() throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String id : PdfFixture.NORTHWIND_SMALL) {
            counts.put(id, PdfFixture.pages(out.resolve("pdf/" + id + ".pdf")).size());
        }
        StringBuilder text = new StringBuilder("# Pages of the northwind documents in PdfLayoutTest, as LibreOffice lays them out.\n");
        counts.forEach((id, pages) -> text.append(id).append(' ').append(pages).append('\n'));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(PAGE_COUNTS.getParent());
            Files.writeString(PAGE_COUNTS, text, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(PAGE_COUNTS) ? Files.readString(PAGE_COUNTS, StandardCharsets.UTF_8) : "")
                .as("%s; refresh with -Dgolden.update=true and review the diff", PAGE_COUNTS).isEqualTo(text.toString());
    }
}
