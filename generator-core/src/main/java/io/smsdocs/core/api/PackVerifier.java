package io.smsdocs.core.api;

import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.problem.SourceLocation;
import io.smsdocs.core.template.PackCatalogue;
import io.smsdocs.core.template.TemplateMetadata;
import io.smsdocs.core.template.TemplateRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A template pack tested on its own ({@code sms:verify-pack}, bound in the pack's own build): every template is
 * rendered for each language and edition the pack supports against three built-in descriptors (minimal, partial,
 * full), so a mistake that only a German 2011 set reaches fails the consultant's build instead of a client's; and
 * each document the pack adds must carry what the document register and the traceability matrix need.
 */
public final class PackVerifier {

    /** The built-in descriptors, from the emptiest to the fullest ({@code full} has one per edition). */
    public static final List<String> DESCRIPTORS = List.of("minimal", "partial", "full");
    private static final String RESOURCES = "/io/smsdocs/core/api/verify/";

    /** One rendering: a built-in descriptor in a language and an edition. */
    public record Run(String descriptor, String language, String edition) {

        public String describe() {
            return descriptor + " descriptor, " + language + ", " + edition;
        }
    }

    /**
     * What a verification found.
     *
     * @param samples the folders holding a rendered set per language (the full descriptor, newest edition) to look at
     */
    public record Report(List<PackCatalogue.Pack> packs, List<Run> runs, List<Problem> errors, List<Problem> warnings, List<Path> samples) {

        public boolean passed() {
            return errors.isEmpty();
        }
    }

    /**
     * @param packNames     the packs the project builds (its packs.index)
     * @param workDirectory where the descriptors of the runs and the sample sets are written (target/sms-verify)
     */
    public Report verify(ClassLoader classLoader, List<String> packNames, Path workDirectory, LocalDate today) {
        PackCatalogue catalogue = PackCatalogue.read(classLoader);
        List<PackCatalogue.Pack> packs = packs(catalogue, packNames);
        catalogue.referenceDocx();
        TemplateRepository repository = TemplateRepository.create(null, null, false, classLoader);
        List<Problem> errors = new ArrayList<>();
        List<Run> runs = runs(packs, repository);
        for (String language : new LinkedHashSet<>(runs.stream().map(Run::language).toList())) {
            errors.addAll(inventoryProblems(packs, catalogue, repository, language));
        }
        Map<String, Occurrences> found = new LinkedHashMap<>();
        for (Run run : runs) {
            GenerationRequest request = request(run, workDirectory, classLoader, List.of("markdown"));
            try {
                new SmsGenerator().check(request, today).staleOverrides().forEach(w -> found.computeIfAbsent(w.format(),
                        k -> new Occurrences(w)).runs.add(run));
            } catch (SmsException e) {
                e.problems().forEach(p -> found.computeIfAbsent(p.format(), k -> new Occurrences(p)).runs.add(run));
            }
        }
        List<Problem> warnings = new ArrayList<>();
        for (Occurrences occurrences : found.values()) {
            Problem p = occurrences.problem;
            Problem located = new Problem(p.severity(), p.source(), p.line(), p.column(), p.message() + " (rendering the "
                    + describe(occurrences.runs, runs.size()) + ")", p.hint());
            (p.isError() ? errors : warnings).add(located);
        }
        List<Path> samples = errors.isEmpty() ? samples(runs, workDirectory, classLoader) : List.of();
        return new Report(packs, runs, List.copyOf(errors), List.copyOf(warnings), samples);
    }

    private static final class Occurrences {
        private final Problem problem;
        private final List<Run> runs = new ArrayList<>();

        private Occurrences(Problem problem) {
            this.problem = problem;
        }
    }

    /** "partial descriptor, de, 2011" or, when a problem occurs in every run, "every run (12)". */
    private static String describe(List<Run> runs, int total) {
        if (runs.size() == total && total > 1) {
            return "built-in descriptors in every language and edition";
        }
        return String.join("; ", runs.stream().map(Run::describe).toList());
    }

    private static List<PackCatalogue.Pack> packs(PackCatalogue catalogue, List<String> names) {
        if (names.isEmpty()) {
            throw new SmsException(Problem.error(SourceLocation.of(PackCatalogue.PACK_INDEX), "this project builds no template pack",
                    "list the pack's name in src/main/resources/" + PackCatalogue.PACK_INDEX + " and put its pack.yaml in "
                            + "src/main/resources/" + PackCatalogue.PACKS + "/<name>/"));
        }
        List<PackCatalogue.Pack> packs = new ArrayList<>();
        for (String name : names) {
            catalogue.packs().stream().filter(p -> p.name().equals(name)).findFirst().ifPresent(packs::add);
        }
        return packs;
    }

    /** Every language and edition a pack supports (all the templates can render where it does not say), times the descriptors. */
    private static List<Run> runs(List<PackCatalogue.Pack> packs, TemplateRepository repository) {
        Set<String> languages = new LinkedHashSet<>();
        Set<String> editions = new LinkedHashSet<>();
        for (PackCatalogue.Pack pack : packs) {
            languages.addAll(pack.languages().isEmpty() ? repository.languages() : pack.languages());
            editions.addAll(pack.editions().isEmpty() ? List.of("2018", "2011") : pack.editions());
        }
        List<Run> runs = new ArrayList<>();
        for (String language : languages) {
            for (String edition : editions) {
                DESCRIPTORS.forEach(descriptor -> runs.add(new Run(descriptor, language, edition)));
            }
        }
        return runs;
    }

    /**
     * A document a pack adds (not one it replaces) must have a document code for the register and, unless it is
     * a form, the clauses it addresses for the traceability matrix; its id and code must not clash with another's.
     */
    private static List<Problem> inventoryProblems(List<PackCatalogue.Pack> packs, PackCatalogue catalogue, TemplateRepository repository,
                                                   String language) {
        List<Problem> problems = new ArrayList<>();
        Set<String> builtIn = Set.copyOf(catalogue.builtIn().documents());
        List<TemplateMetadata> all = repository.documentTemplates(language);
        for (PackCatalogue.Pack pack : packs) {
            for (String document : pack.documents()) {
                if (builtIn.contains(document)) {
                    continue;
                }
                TemplateMetadata metadata = all.stream().filter(t -> t.templateName().equals(document)).findFirst().orElse(null);
                if (metadata == null) {
                    continue;
                }
                SourceLocation at = new SourceLocation(repository.displayName(document, language), 2, 1);
                if (metadata.code().isBlank()) {
                    problems.add(Problem.error(at, "the document '" + metadata.id() + "' that the pack adds has no code, so the document"
                            + " register cannot number it", "add a line such as code: HCS-01 to its metadata header"));
                }
                if (metadata.clauses().isEmpty() && !metadata.kind().equals(TemplateMetadata.FORM)) {
                    problems.add(Problem.error(at, "the document '" + metadata.id() + "' that the pack adds names no clauses, so the"
                            + " traceability matrix cannot show what it addresses", "add a line such as clauses: [\"8.5.1\"] to its"
                            + " metadata header (a form, kind: form, addresses none)"));
                }
                for (TemplateMetadata other : all) {
                    if (other != metadata && !metadata.code().isBlank() && other.code().equals(metadata.code())) {
                        problems.add(Problem.error(at, "the document '" + metadata.id() + "' has the code " + metadata.code()
                                + ", which '" + other.id() + "' has too", "give it a code of the pack's own, such as "
                                + pack.name().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z]", "") + "-01"));
                    }
                }
            }
        }
        return problems.stream().distinct().toList();
    }

    /** One full set per language, newest edition, in Markdown and DOCX: what the pack looks like to a client. */
    private static List<Path> samples(List<Run> runs, Path workDirectory, ClassLoader classLoader) {
        List<Path> samples = new ArrayList<>();
        Set<String> languages = new LinkedHashSet<>();
        for (Run run : runs) {
            if (run.descriptor().equals("full") && languages.add(run.language())) {
                GenerationRequest request = request(run, workDirectory, classLoader, List.of("markdown", "docx"));
                new SmsGenerator().generate(request.toBuilder().force(true).build());
                samples.add(request.outputDirectory());
            }
        }
        return samples;
    }

    private static GenerationRequest request(Run run, Path workDirectory, ClassLoader classLoader, List<String> formats) {
        Path folder = workDirectory.resolve(run.descriptor() + "-" + run.language() + "-" + run.edition());
        Path descriptor = folder.resolve("sms.yaml");
        try {
            Files.createDirectories(folder);
            Files.writeString(descriptor, descriptor(run));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return GenerationRequest.builder(descriptor, folder.resolve("sms")).classLoader(classLoader).formats(formats)
                .descriptorDisplay("[verify-pack] " + run.descriptor() + ".yaml").outputDisplay(folder.resolve("sms").toString()).build();
    }

    /** A built-in descriptor with the run's language and edition added under sms:. */
    static String descriptor(Run run) {
        String text;
        // The full descriptors record a gap assessment in the clauses of their edition: one per edition.
        InputStream edition = PackVerifier.class.getResourceAsStream(RESOURCES + run.descriptor() + "-" + run.edition() + ".yaml");
        try (InputStream in = edition != null ? edition : PackVerifier.class.getResourceAsStream(RESOURCES + run.descriptor() + ".yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.replaceFirst("(?m)^sms:\\n", "sms:\n  language: " + run.language() + "\n  edition: \"" + run.edition() + "\"\n");
    }
}
