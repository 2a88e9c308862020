package io.smsdocs.core.export.pdf;

import io.smsdocs.core.descriptor.model.Descriptor;
import io.smsdocs.core.export.ExportContext;
import io.smsdocs.core.export.OutputFile;
import io.smsdocs.core.export.SetExporter;
import io.smsdocs.core.export.docx.DocxWriter;
import io.smsdocs.core.export.docx.ImageLoader;
import io.smsdocs.core.plan.PlannedDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * pdf/&lt;id&gt;.pdf, the issued copy of each document, and pdf/&lt;org&gt;-sms-set.pdf, the whole set in one file.
 * Each copy is the set's own DOCX converted by LibreOffice (one office run for the set, see
 * {@link OfficeConversion}), then finished with PDFBox ({@link IssuedCopy}); the set's PDF binds the copies
 * ({@link SetBinder}).
 */
public final class PdfExporter implements SetExporter {

    private final Path configuredOffice;
    private Path office;

    /** @param configuredOffice sms.soffice, or null to look for LibreOffice on the PATH */
    public PdfExporter(Path configuredOffice) {
        this.configuredOffice = configuredOffice;
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public void checkAvailable() {
        office();
    }

    @Override
    public Output export(List<Document> documents, ExportContext context) {
        Descriptor descriptor = context.descriptor();
        PdfLabels labels = PdfLabels.from(context.messages(), descriptor.sms().language());
        Map<String, byte[]> docx = new LinkedHashMap<>();
        for (Document document : documents) {
            String id = document.rendered().document().id();
            OutputFile exported = document.file("docx/" + id + ".docx");
            docx.put(id, exported != null ? exported.content() : DocxWriter.write(document.rendered(), context));
        }
        Map<String, byte[]> converted = convert(docx);
        Set<String> ids = new HashSet<>(docx.keySet());
        String organization = descriptor.organization().name();
        String edition = descriptor.sms().edition();
        List<SetBinder.Copy> copies = documents.parallelStream().map(document -> {
            PlannedDocument planned = document.rendered().document();
            return new SetBinder.Copy(planned, IssuedCopy.make(converted.get(planned.id()), docx.get(planned.id()), planned,
                    organization, edition, labels, ids));
        }).toList();
        Map<String, List<OutputFile>> byDocument = new LinkedHashMap<>();
        copies.forEach(copy -> byDocument.put(copy.document().id(),
                List.of(new OutputFile("pdf/" + copy.document().id() + ".pdf", copy.pdf()))));
        ImageLoader.Picture logo = new ImageLoader(context.assetDirectory()).load(descriptor.organization().logo());
        byte[] set = SetBinder.bind(copies, new SetBinder.SetInfo(organization, logo, edition, descriptor.sms().effectiveDate()),
                labels);
        return new Output(byDocument, List.of(new OutputFile("pdf/" + setFileName(descriptor) + ".pdf", set)));
    }

    /** "northwind-sms-set": the organisation's short name as a file name. */
    static String setFileName(Descriptor descriptor) {
        String name = Normalizer.normalize(descriptor.organization().shortName(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return (name.isEmpty() ? "" : name + "-") + "sms-set";
    }

    private Map<String, byte[]> convert(Map<String, byte[]> docx) {
        Path work;
        try {
            work = Files.createTempDirectory("smsdocs-pdf-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for the PDF conversion: " + e.getMessage(), e);
        }
        try {
            return new OfficeConversion(office()).convert(docx, work);
        } finally {
            deleteRecursively(work);
        }
    }

    private synchronized Path office() {
        if (office == null) {
            office = OfficeLocator.locate(configuredOffice);
        }
        return office;
    }

    private static void deleteRecursively(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // A temporary folder left behind is no reason to fail a build that wrote its output.
        }
    }
}
