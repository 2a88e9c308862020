package io.smsdocs.core.export.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import io.smsdocs.core.problem.SmsException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Small sets for the PDF tests: a sample's descriptor with all but a few documents excluded, so one office run
 * converts a handful of documents, not the whole set. The tests need LibreOffice: without it they are skipped on a
 * developer's machine and fail in CI (CI=true), where .ci/run installs it.
 */
final class PdfFixture {

    static final Path NORTHWIND = Path.of("../samples/northwind/src/sms/sms.yaml");
    /**
     * The small northwind set the PDF tests share, in register order: approved policies that link the others, a
     * long plan whose contents fill a page, the implementation plan with its Gantt chart, a procedure and a draft
     * register with a wide table.
     */
    static final List<String> NORTHWIND_SMALL = List.of("service-management-policy", "sms-plan", "implementation-plan",
            "change-management-policy", "design-build-transition", "audit-programme");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static Path northwindSmall;

    private PdfFixture() {
    }

    /** LibreOffice is here, or the test is skipped (outside CI) or fails (in CI). */
    static void requireOffice() {
        try {
            OfficeLocator.locate(null);
        } catch (SmsException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("the PDF tests need LibreOffice in CI: " + e.getMessage());
            }
            Assumptions.assumeTrue(false, "LibreOffice is not installed: " + e.getMessage());
        }
    }

    /**
     * The output folder of the small northwind set generated as markdown, docx and pdf: once per test run, for
     * every test class that reads it (the office run is the slow part).
     */
    static synchronized Path northwindSmall() {
        requireOffice();
        if (northwindSmall == null) {
            try {
                Path dir = Files.createTempDirectory("smsdocs-pdf-test-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(dir)));
                Path descriptor = descriptorWithOnly(NORTHWIND, dir.resolve("northwind"), NORTHWIND_SMALL, root -> { });
                Path out = dir.resolve("out");
                new SmsGenerator().generate(GenerationRequest.of(descriptor, null, out, List.of("markdown", "docx", "pdf")));
                northwindSmall = out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return northwindSmall;
    }

    /** The descriptor the small northwind set was made from. */
    static Path northwindSmallDescriptor() {
        return northwindSmall().resolveSibling("northwind/src/sms/sms.yaml");
    }

    private static void deleteRecursively(Path root) {
        try (var walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind
        }
    }

    /**
     * Writes the sample's descriptor into the folder with every document but the kept ones excluded, after the edit.
     *
     * @return the descriptor written
     */
    static Path descriptorWithOnly(Path sample, Path folder, List<String> keep, Consumer<ObjectNode> edit) {
        try {
            ObjectNode root = (ObjectNode) YAML.readTree(sample.toFile());
            edit.accept(root);
            Path descriptor = Files.createDirectories(folder.resolve("src/sms")).resolve("sms.yaml");
            YAML.writeValue(descriptor.toFile(), root);
            Path ids = folder.resolve("ids");
            new SmsGenerator().generate(GenerationRequest.of(descriptor, null, ids, List.of("markdown")));
            List<String> exclude = new ArrayList<>();
            for (JsonNode document : new ObjectMapper().readTree(ids.resolve("manifest.json").toFile()).get("documents")) {
                if (!keep.contains(document.get("id").asText())) {
                    exclude.add(document.get("id").asText());
                }
            }
            ObjectNode documents = root.has("documents") ? (ObjectNode) root.get("documents") : root.putObject("documents");
            ArrayNode excluded = documents.putArray("exclude");
            exclude.forEach(excluded::add);
            YAML.writeValue(descriptor.toFile(), root);
            return descriptor;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page, first page first. */
    static List<String> pages(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
