package io.smsdocs.core.cli;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.GenerationResult;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.api.SmsGenerator;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the generator without Maven: {@code Main <descriptor> <outputDir> [templateDir] [formats] [asOf]}; asOf is the
 * status date (sms.asOf, ISO) the checks and the site's dashboard use; the pdf format takes LibreOffice from the PATH,
 * or from {@code -Dsms.soffice=/path/to/soffice}. Exit code 1 with one line per problem on user error.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: Main <descriptor> <outputDir> [templateDir|-] [formats, comma-separated] [asOf, e.g. 2026-12-01]");
            System.exit(2);
        }
        Path templates = args.length > 2 && !args[2].equals("-") ? Path.of(args[2]) : null;
        List<String> formats = args.length > 3 ? Arrays.asList(args[3].split(",")) : List.of("markdown");
        java.time.LocalDate asOf = null;
        if (args.length > 4) {
            try {
                asOf = java.time.LocalDate.parse(args[4]);
            } catch (java.time.format.DateTimeParseException e) {
                System.err.println("asOf: '" + args[4] + "' is not a date; use the ISO form, e.g. 2026-12-01");
                System.exit(2);
            }
        }
        try {
            String soffice = System.getProperty("sms.soffice");
            GenerationResult result = new SmsGenerator().generate(GenerationRequest.of(Path.of(args[0]), templates, Path.of(args[1]),
                    formats).toBuilder().asOf(asOf).soffice(soffice == null ? null : Path.of(soffice)).build());
            result.warnings().forEach(w -> System.err.println("warning: " + w.format()));
            result.notes().forEach(note -> System.err.println("note: " + note.format()));
            System.out.println(result.upToDate() ? "Up to date: " + result.outputDirectory()
                    : "Generated " + result.documents().size() + " documents into " + result.outputDirectory());
        } catch (SmsException e) {
            for (Problem problem : e.problems()) {
                System.err.println(problem.format());
            }
            System.exit(1);
        }
    }
}
