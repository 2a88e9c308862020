package io.smsdocs.bench;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The pdf format against LibreOffice's own conversion of the same DOCX files (issue 15: under 2x). The bare conversion
 * is one {@code soffice --headless --convert-to pdf} call over all the set's DOCX files, with a new private profile
 * each time as the generator uses; it neither updates the contents nor marks, finishes or binds the copies.
 */
final class PdfTimes {

    private PdfTimes() {
    }

    /** This figure alone, from the repository root: java -cp ... io.smsdocs.bench.PdfTimes */
    public static void main(String[] args) throws Exception {
        print(Benchmark.NORTHWIND);
    }

    /** @return the pdf format's time over the bare conversion's, NaN without LibreOffice */
    static double print(Path descriptor) throws Exception {
        System.out.println("PDF of the northwind set against LibreOffice's bare conversion of its DOCX (median of 3, warm JVM):");
        if (!Benchmark.isAvailable("soffice", "--version")) {
            System.out.println("  skipped: LibreOffice is not installed (apt-get install libreoffice-writer-nogui fonts-crosextra-carlito)");
            return Double.NaN;
        }
        Path docx = Files.createTempDirectory("smsdocs-bench-docx");
        new SmsGenerator().generate(GenerationRequest.of(descriptor, null, docx, List.of("markdown", "docx")));
        List<String> files;
        try (Stream<Path> list = Files.list(docx.resolve("docx"))) {
            files = list.map(Path::toString).sorted().toList();
        }
        generate(descriptor, List.of("markdown", "docx", "pdf")); // warm-up: classes, fonts, the first office start
        double[] withPdf = new double[3];
        double[] without = new double[3];
        double[] bare = new double[3];
        for (int i = 0; i < 3; i++) {
            without[i] = generate(descriptor, List.of("markdown", "docx"));
            withPdf[i] = generate(descriptor, List.of("markdown", "docx", "pdf"));
            bare[i] = bare(files);
        }
        double pdf = median(withPdf) - median(without);
        System.out.printf(Locale.ROOT, "  %d documents%n  markdown,docx        %8.0f ms%n  markdown,docx,pdf    %8.0f ms%n"
                        + "  the pdf format       %8.0f ms   (the difference)%n  soffice --convert-to %8.0f ms   (bare, one call)%n"
                        + "  ratio                %8.2f x   (target: under 2 x)%n%n", files.size(), median(without), median(withPdf), pdf,
                median(bare), pdf / median(bare));
        delete(docx);
        return pdf / median(bare);
    }

    private static double generate(Path descriptor, List<String> formats) throws IOException {
        Path out = Files.createTempDirectory("smsdocs-bench-pdf");
        long start = System.nanoTime();
        new SmsGenerator().generate(GenerationRequest.of(descriptor, null, out, formats));
        double millis = (System.nanoTime() - start) / 1e6;
        delete(out);
        return millis;
    }

    private static double bare(List<String> docx) throws Exception {
        Path dir = Files.createTempDirectory("smsdocs-bench-bare");
        List<String> command = new ArrayList<>(List.of("soffice", "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri().toASCIIString().replaceAll("/$", ""),
                "--convert-to", "pdf", "--outdir", dir.resolve("pdf").toString()));
        command.addAll(docx);
        double millis = Benchmark.run(command);
        delete(dir);
        return millis;
    }

    private static double median(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
