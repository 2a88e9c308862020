package io.smsdocs.core.export.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smsdocs.core.standard.ClauseCatalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Northwind sample's site in a real headless Chromium (the system's chromium and chromedriver, driven by
 * Selenium): the dashboard shows the coverage and the overdue documents that the set's own files state, and a
 * click on a cell of the heat map lands on the document's section for that clause. The expected values are read
 * from what the build wrote beside the site, not from the site's code: the manifest (which documents cite which
 * clauses) and each document's control block (status, planned approval, next review). One browser for all checks;
 * screenshots go to target/site-screenshots/.
 */
class SiteInBrowserTest {

    private static final Path OUTPUT = Path.of("target/site-browser-test");
    private static final Path SCREENSHOTS = Path.of("target/site-screenshots");
    private static final Pattern CONTROL_ROW = Pattern.compile("(?m)^\\| (Status|Planned approval|Next review) \\| ([^|]+) \\|$");

    private static WebDriver browser;
    private static Path site;

    @BeforeAll
    static void openTheSampleSite() throws IOException {
        String chromium = System.getProperty("chromium", "/usr/bin/chromium");
        String driver = System.getProperty("chromedriver", "/usr/bin/chromedriver");
        boolean installed = new File(chromium).canExecute() && new File(driver).canExecute();
        // CI installs both (.ci/run); there a missing browser is a failure, on a developer's machine a skip.
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        }
        assertThat(installed).as("%s and %s (Debian packages chromium and chromium-driver)", chromium, driver).isTrue();
        site = HtmlSiteTest.generate("../samples/northwind/src/sms/sms.yaml", OUTPUT).toAbsolutePath();
        Files.createDirectories(SCREENSHOTS);
        // Selenium warns that it has no DevTools bindings for this Chromium; the test uses none.
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--force-device-scale-factor=1", "--hide-scrollbars", "--window-size=1400,1000");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build(), options);
        browser.manage().window().setSize(new Dimension(1400, 1000));
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDashboardShowsTheCoverageTheManifestGives() throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(OUTPUT.resolve("manifest.json").toFile());
        Set<String> cited = new LinkedHashSet<>();
        for (JsonNode document : manifest.get("documents")) {
            if (!"form".equals(document.get("kind").asText())) {   // a form addresses no clause
                document.get("clauses").forEach(clause -> cited.add(clause.asText()));
            }
        }
        List<String> clauses = ClauseCatalogue.forEdition(manifest.get("edition").asText()).numbers();
        long covered = clauses.stream().filter(cited::contains).count();

        open("index.html");
        assertThat(text("[data-figure=coverage] dd.value")).isEqualTo(covered + " of " + clauses.size());
        assertThat(browser.findElements(By.cssSelector("table.heat-map tbody tr"))).hasSize(clauses.size());
        assertThat(browser.findElements(By.cssSelector("table.heat-map tbody tr:not(.uncovered)"))).hasSize((int) covered);
        assertThat(text("[data-figure=documents] dd.value")).isEqualTo(String.valueOf(manifest.get("documents").size()));
        screenshot("dashboard");
    }

    @Test
    void theDashboardListsTheOverdueDocumentsTheirControlBlocksName() throws IOException {
        LocalDate asOf = HtmlSiteTest.AS_OF;
        Set<String> lateApprovals = new LinkedHashSet<>();
        Set<String> lateReviews = new LinkedHashSet<>();
        JsonNode manifest = new ObjectMapper().readTree(OUTPUT.resolve("manifest.json").toFile());
        for (JsonNode document : manifest.get("documents")) {
            String markdown = Files.readString(OUTPUT.resolve("markdown/" + document.get("id").asText() + ".md"));
            String status = null;
            LocalDate planned = null;
            LocalDate review = null;
            Matcher row = CONTROL_ROW.matcher(markdown.substring(0, markdown.indexOf("<!-- smsdocs:end-of-front-matter -->")));
            while (row.find()) {
                String value = row.group(2).strip();
                switch (row.group(1)) {
                    case "Status" -> status = value;
                    case "Planned approval" -> planned = date(value);
                    default -> review = date(value);
                }
            }
            if ("Draft".equals(status) && planned != null && planned.isBefore(asOf)) {
                lateApprovals.add(document.get("title").asText());
            } else if (!"Draft".equals(status) && review != null && review.isBefore(asOf)) {
                lateReviews.add(document.get("title").asText());
            }
        }
        assertThat(lateApprovals).as("the sample has drafts past their planned approval on %s", asOf).isNotEmpty();

        open("index.html");
        int lateSupplierReviews = browser.findElements(By.cssSelector("table.suppliers tr.overdue")).size();
        assertThat(text("[data-figure=overdue] dd.value"))
                .isEqualTo(String.valueOf(lateApprovals.size() + lateReviews.size() + lateSupplierReviews));
        assertThat(text("[data-figure=overdue] dd.detail")).isEqualTo(lateReviews.size() + " reviews, " + lateApprovals.size()
                + " approvals, " + lateSupplierReviews + " supplier reviews");
        assertThat(texts("table[data-overdue=approval-overdue] tbody td:nth-child(2)")).containsExactlyInAnyOrderElementsOf(lateApprovals);
        assertThat(texts("table[data-overdue=review-overdue] tbody td:nth-child(2)")).containsExactlyInAnyOrderElementsOf(lateReviews);
        assertThat(text("#status-title")).isEqualTo("Documents by status");
        scrollTo("#status");
        screenshot("dashboard-status");
        scrollTo("#plan");
        WebElement gantt = browser.findElement(By.id("gantt"));
        assertThat(gantt.isDisplayed()).isTrue();
        assertThat(gantt.getSize().getWidth()).as("the Gantt chart scales to the page").isGreaterThan(800);
        screenshot("dashboard-plan");
    }

    @Test
    void aCellOfTheHeatMapOpensTheSectionThatAddressesTheClause() throws IOException {
        open("index.html");
        WebElement cell = browser.findElement(By.cssSelector("tr[data-clause='8.6.1'] td.cell a[href*='#']"));
        String href = cell.getAttribute("href");
        String documentId = href.substring(href.lastIndexOf('/') + 1, href.indexOf(".html"));
        String expected = sectionCiting(Files.readString(OUTPUT.resolve("markdown/" + documentId + ".md")), "8.6.1");
        cell.click();

        assertThat(browser.getCurrentUrl()).endsWith(documentId + ".html" + href.substring(href.indexOf('#')));
        String id = URLDecoder.decode(href.substring(href.indexOf('#') + 1), StandardCharsets.UTF_8);
        WebElement landed = browser.findElement(By.id(id));
        assertThat(landed.getTagName()).isIn("h2", "h3", "h4");
        assertThat(landed.getText()).isEqualTo(expected);
        Number top = (Number) ((JavascriptExecutor) browser).executeScript("return arguments[0].getBoundingClientRect().top;", landed);
        assertThat(top.doubleValue()).as("the browser scrolled the section to the top").isBetween(-1.0, 40.0);
        assertThat(browser.findElement(By.cssSelector(".sidebar a[aria-current=page]")).getAttribute("href")).endsWith(documentId + ".html");
        screenshot("document-section");
    }

    /** The heading of the first section whose clause line names the clause, as the Markdown writes it. */
    private static String sectionCiting(String markdown, String clause) {
        String heading = null;
        for (String line : markdown.split("\n")) {
            if (line.matches("#{2,4} .+")) {
                heading = line.replaceFirst("#{2,4} ", "").strip();
            } else if (heading != null && line.startsWith("*ISO/IEC 20000-1:") && line.contains(" " + clause + " ")) {
                return heading;
            }
        }
        throw new AssertionError("no section of the document cites " + clause);
    }

    private static LocalDate date(String value) {
        return value.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(value) : null;
    }

    private static void open(String page) {
        browser.get(site.resolve(page).toUri().toString());
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().strip();
    }

    private static List<String> texts(String css) {
        List<String> texts = new ArrayList<>();
        browser.findElements(By.cssSelector(css)).forEach(e -> texts.add(e.getText().strip()));
        return texts;
    }

    private static void scrollTo(String css) {
        ((JavascriptExecutor) browser).executeScript("document.querySelector(arguments[0]).scrollIntoView();", css);
    }

    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
