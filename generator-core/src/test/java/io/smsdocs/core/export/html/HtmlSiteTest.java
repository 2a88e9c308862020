package io.smsdocs.core.export.html;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site of each sample, read back with an HTML5 parser: every href and src resolves to a file inside site/
 * and every fragment to an id on its page; nothing is loaded from elsewhere and no script is needed; the charts
 * are named and described; the output is byte-identical on a second run; a German set's chrome is German.
 */
class HtmlSiteTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    static Path generate(String descriptor, Path out) {
        new SmsGenerator().generate(GenerationRequest.of(Path.of(descriptor), null, out, List.of("markdown", "html")).toBuilder()
                .asOf(AS_OF).force(true).build());
        return out.resolve("site");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "northwind, ../samples/northwind/src/sms/sms.yaml",
            "stmarys-it, ../samples/stmarys-it/src/sms/sms.yaml",
            "rheintal-de, ../samples/consultant-pack/client/src/sms/sms.yaml"})
    void everyLinkOfEveryPageResolvesInsideTheSite(String name, String descriptor, @TempDir Path out) throws IOException {
        Path site = generate(descriptor, out);
        List<String> broken = new ArrayList<>();
        int fragments = checkLinks(site, broken);
        assertThat(broken).as("links of the %s site", name).isEmpty();
        // The heat map and the clause index land on sections, not only on pages.
        assertThat(fragments).isGreaterThan(200);
    }

    @Test
    void aDescriptorWithoutDatesGivesASiteWithoutStatusDateOrGanttChart(@TempDir Path dir) throws IOException {
        Path descriptor = dir.resolve("sms.yaml");
        Files.writeString(descriptor, "organization: {name: Minimal Example Ltd}\nsms:\n  scope: The SMS covers the IT services that"
                + " Minimal Example Ltd provides to its staff.\n");
        Path out = dir.resolve("out");
        new SmsGenerator().generate(GenerationRequest.of(descriptor, null, out, List.of("html")));
        Document index = Jsoup.parse(out.resolve("site/index.html").toFile(), "UTF-8");
        assertThat(index.select(".status-date").text()).startsWith("No status date");
        assertThat(index.select("#plan p").text()).startsWith("The implementation plan has no dates");
        assertThat(index.select("[data-figure=overdue] dd.value").text()).isEqualTo("0");
        assertThat(index.select("#decisions tbody tr")).as("a minimal descriptor leaves decisions open").isNotEmpty();
        List<String> broken = new ArrayList<>();
        checkLinks(out.resolve("site"), broken);
        assertThat(broken).isEmpty();
    }

    /** Adds each href or src of the site that does not resolve to a file (and id) inside it; returns the fragments checked. */
    static int checkLinks(Path site, List<String> broken) throws IOException {
        Map<Path, Document> pages = pages(site);
        assertThat(pages).containsKeys(site.resolve("index.html"), site.resolve("documents.html"), site.resolve("clauses.html"));
        int fragments = 0;
        for (Map.Entry<Path, Document> page : pages.entrySet()) {
            for (Element element : page.getValue().select("[href], [src]")) {
                String reference = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                String where = site.relativize(page.getKey()) + ": " + reference;
                URI uri = URI.create(reference);
                if (uri.getScheme() != null || reference.startsWith("//") || reference.startsWith("/")) {
                    broken.add(where + " leaves the site");
                    continue;
                }
                Path target = uri.getPath().isEmpty() ? page.getKey() : page.getKey().getParent().resolve(uri.getPath()).normalize();
                if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                    broken.add(where + " names no file of the site");
                    continue;
                }
                if (uri.getRawFragment() != null) {
                    fragments++;
                    String id = URLDecoder.decode(uri.getRawFragment(), StandardCharsets.UTF_8);
                    Document targetPage = pages.get(target);
                    if (targetPage == null || targetPage.getElementById(id) == null) {
                        broken.add(where + " names no id on its page");
                    }
                }
            }
            assertThat(page.getValue().select("script, iframe, object, embed")).as("%s needs nothing but HTML and CSS", page.getKey()).isEmpty();
            assertThat(page.getValue().select("link[rel=stylesheet]").eachAttr("href")).containsExactly("style.css");
        }
        return fragments;
    }

    @Test
    void theChartsAreNamedAndDescribedAndHaveTheirDataAsText(@TempDir Path out) throws IOException {
        Document index = Jsoup.parse(generate("../samples/northwind/src/sms/sms.yaml", out).resolve("index.html").toFile(), "UTF-8");
        List<Element> charts = index.select("svg[role=img]");
        assertThat(charts).hasSize(3); // the status bar, the Gantt chart, the capability profile
        for (Element chart : charts) {
            String[] labelledBy = chart.attr("aria-labelledby").split(" ");
            assertThat(labelledBy).hasSize(2);
            assertThat(chart.getElementById(labelledBy[0]).tagName()).isEqualTo("title");
            assertThat(chart.getElementById(labelledBy[1]).tagName()).isEqualTo("desc");
            assertThat(chart.getElementById(labelledBy[1]).text()).isNotBlank();
            Element figure = chart.closest("figure");
            assertThat(figure).as("chart %s stands in a figure", chart.id()).isNotNull();
            assertThat(figure.select("table")).as("the data of chart %s as a table", chart.id()).isNotEmpty();
        }
        // The Gantt chart marks the status date, 1 Dec 2026, which lies within the sample's plan.
        assertThat(index.getElementById("gantt").select("text").eachText()).contains("Status date 2026-12-01");
    }

    @Test
    void aSecondRunWritesTheSameBytes(@TempDir Path first, @TempDir Path second) throws IOException {
        Map<String, byte[]> a = files(generate("../samples/stmarys-it/src/sms/sms.yaml", first));
        Map<String, byte[]> b = files(generate("../samples/stmarys-it/src/sms/sms.yaml", second));
        assertThat(a.keySet()).isEqualTo(b.keySet());
        a.forEach((path, bytes) -> assertThat(b.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void anotherStatusDateIsANewInputAndWithoutOneTheDescriptorsDateStands(@TempDir Path out) throws IOException {
        Path descriptor = Path.of("../samples/northwind/src/sms/sms.yaml");
        GenerationRequest request = GenerationRequest.of(descriptor, null, out, List.of("html"));
        new SmsGenerator().generate(request);
        // Northwind's effective date, not the day the test runs.
        assertThat(Jsoup.parse(out.resolve("site/index.html").toFile(), "UTF-8").select(".status-date time").attr("datetime"))
                .isEqualTo("2026-01-15");
        var later = new SmsGenerator().generate(request.toBuilder().asOf(LocalDate.of(2026, 10, 1)).build());
        assertThat(later.upToDate()).isFalse();
        Document index = Jsoup.parse(out.resolve("site/index.html").toFile(), "UTF-8");
        assertThat(index.select(".status-date time").attr("datetime")).isEqualTo("2026-10-01");
        assertThat(index.select("#gantt text").eachText()).contains("Status date 2026-10-01");
    }

    @Test
    void aSupplierReviewPastItsDateIsFlaggedAndCounted(@TempDir Path out) throws IOException {
        new SmsGenerator().generate(GenerationRequest.of(Path.of("../samples/stmarys-it/src/sms/sms.yaml"), null, out,
                List.of("markdown", "html")).toBuilder().asOf(LocalDate.of(2027, 3, 1)).build());
        // The register's own rows: supplier, provides, services, agreement, manager, review, next review.
        long due = Files.readString(out.resolve("markdown/supplier-register.md")).lines()
                .filter(line -> line.chars().filter(c -> c == '|').count() == 8 && line.matches(".*\\| \\d{4}-\\d{2}-\\d{2} \\|"))
                .filter(line -> LocalDate.parse(line.substring(line.length() - 12, line.length() - 2)).isBefore(LocalDate.of(2027, 3, 1)))
                .count();
        assertThat(due).isPositive();
        Document index = Jsoup.parse(out.resolve("site/index.html").toFile(), "UTF-8");
        assertThat(index.select("table.suppliers tr.overdue")).hasSize((int) due);
        assertThat(index.select("[data-figure=overdue] dd.detail").text()).endsWith(due + " supplier reviews");
    }

    @Test
    void aGermanSetHasAGermanSite(@TempDir Path out) throws IOException {
        Path site = generate("../samples/consultant-pack/client/src/sms/sms.yaml", out);
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertThat(index.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(index.select(".site-nav a").eachText()).containsExactly("Übersicht", "Dokumente", "Normabschnitte");
        assertThat(index.select("h2").eachText()).contains("Dokumente nach Status", "Umsetzungsplan", "Lieferantenbewertungen");
        assertThat(index.select(".status-date").text()).startsWith("Stand: 01.12.2026");
        Document documents = Jsoup.parse(site.resolve("documents.html").toFile(), "UTF-8");
        assertThat(documents.select("section > h2").eachText()).contains("Politiken", "Verfahren");
    }

    static Map<Path, Document> pages(Path site) throws IOException {
        Map<Path, Document> pages = new HashMap<>();
        try (Stream<Path> files = Files.list(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                pages.put(file, Jsoup.parse(file.toFile(), "UTF-8"));
            }
        }
        return pages;
    }

    private static Map<String, byte[]> files(Path site) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> all = Files.walk(site)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
