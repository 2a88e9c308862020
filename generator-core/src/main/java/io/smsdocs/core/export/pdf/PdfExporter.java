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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * pdf/&lt;id&gt;.pdf, the issued copy of each document, and pdf/&lt;org&gt;-sms-set.pdf, the whole set in one file.
 * Each copy is the set's own DOCX converted by LibreOffice (one office run for the set, or one per idle core, see
 * {@link OfficeConversion}), then finished with PDFBox ({@link IssuedCopy}) as soon as its office wrote it; the
 * set's PDF binds the copies ({@link SetBinder}).
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
        // The DOCX the docx format made, or (without it) the same DOCX made here, on all cores.
        List<byte[]> written = documents.parallelStream().map(document -> {
            OutputFile exported = document.file("docx/" + document.rendered().document().id() + ".docx");
            return exported != null ? exported.content() : DocxWriter.write(document.rendered(), context);
        }).toList();
        Map<String, byte[]> docx = new LinkedHashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            docx.put(documents.get(i).rendered().document().id(), written.get(i));
        }
        Set<String> ids = new HashSet<>(docx.keySet());
        String organization = descriptor.organization().name();
        String edition = descriptor.sms().edition();
        Map<String, PlannedDocument> planned = new LinkedHashMap<>();
        documents.forEach(document -> planned.put(document.rendered().document().id(), document.rendered().document()));
        // Each copy is finished on the other cores while the offices convert the rest.
        Map<String, CompletableFuture<byte[]>> finishing = new ConcurrentHashMap<>();
        convert(docx, (id, officePdf) -> finishing.put(id, CompletableFuture.supplyAsync(() ->
                IssuedCopy.make(officePdf, docx.get(id), planned.get(id), organization, edition, labels, ids))));
        List<SetBinder.Copy> copies = new ArrayList<>();
        for (String id : docx.keySet()) {
            copies.add(new SetBinder.Copy(planned.get(id), join(finishing.get(id))));
        }
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

    /** The finished copy, or the exception that stopped it, as thrown. */
    private static byte[] join(CompletableFuture<byte[]> copy) {
        try {
            return copy.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private Map<String, byte[]> convert(Map<String, byte[]> docx, BiConsumer<String, byte[]> converted) {
        Path work;
        try {
            work = Files.createTempDirectory("smsdocs-pdf-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for the PDF conversion: " + e.getMessage(), e);
        }
        try {
            return new OfficeConversion(office()).convert(docx, work, converted);
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
