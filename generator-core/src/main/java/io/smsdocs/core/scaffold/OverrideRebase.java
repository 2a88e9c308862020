package io.smsdocs.core.scaffold;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.problem.SourceLocation;
import io.smsdocs.core.problem.Suggestions;
import io.smsdocs.core.template.OverrideBases;
import io.smsdocs.core.template.TemplateLayer;
import io.smsdocs.core.template.TemplateRepository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Upstream changes of the templates a docs repo has copied, merged on purpose ({@code sms:export-templates
 * -Dsms.base=true|accept}). For each copy it compares the base recorded beside it ({@code .base/}) with the file
 * the packs or the built-in pack have now, and writes the three versions side by side with the upstream diff and
 * a three-way merge; after the user has merged, {@code accept} records the current version as the new base.
 */
public final class OverrideRebase {

    /** Where a copy stands. */
    public enum State {
        /** The base has not changed since the copy was made. */
        UP_TO_DATE,
        /** The base changed; the merge applied the change without conflict. */
        MERGED,
        /** The base changed; the merge has conflicts to resolve by hand. */
        CONFLICTS,
        /** No base is recorded: only the current base and the copy can be compared. */
        NOT_RECORDED,
        /** The current base was recorded as the copy's base. */
        RECORDED
    }

    /**
     * @param override how the user sees the copy (src/sms/templates/documents/sla.md.ftl)
     * @param base     how the user sees the file it replaces now ([built-in pack] documents/sla.md.ftl)
     * @param upstreamChanges the places the base changed since the copy was made
     * @param written  the files written, relative to the output folder (or the record written)
     */
    public record Outcome(String override, String base, State state, int upstreamChanges, int conflicts, List<String> written) {
    }

    private OverrideRebase() {
    }

    /** Writes the comparison of each selected copy into outputDirectory; every copy when names is empty. */
    public static List<Outcome> compare(ClassLoader classLoader, Path templateDirectory, String display, List<String> names,
                                        Path outputDirectory) {
        List<Outcome> outcomes = new ArrayList<>();
        for (OverrideBases.Override override : selected(classLoader, templateDirectory, display, names)) {
            String path = override.path();
            List<String> written = new ArrayList<>();
            if (!override.hasRecord()) {
                write(outputDirectory, path + ".new", override.currentText(), written);
                write(outputDirectory, path + ".yours", override.ownText(), written);
                write(outputDirectory, path + ".diff", diff(override.base().display(), override.display(), override.currentText(),
                        override.ownText()), written);
                outcomes.add(new Outcome(override.display(), override.base().display(), State.NOT_RECORDED, 0, 0, written));
                continue;
            }
            if (!override.stale()) {
                outcomes.add(new Outcome(override.display(), override.base().display(), State.UP_TO_DATE, 0, 0, written));
                continue;
            }
            ThreeWayMerge.Result merge = ThreeWayMerge.merge(lines(override.recordedText()), lines(override.ownText()),
                    lines(override.currentText()), new ThreeWayMerge.Labels("yours (" + override.display() + ")",
                            "old base (" + override.recordDisplay() + ")", "new base (" + override.base().display() + ")"));
            write(outputDirectory, path + ".old", override.recordedText(), written);
            write(outputDirectory, path + ".new", override.currentText(), written);
            write(outputDirectory, path + ".yours", override.ownText(), written);
            write(outputDirectory, path + ".upstream.diff", diff(override.recordDisplay(), override.base().display(),
                    override.recordedText(), override.currentText()), written);
            write(outputDirectory, path + ".merged", merge.text(), written);
            outcomes.add(new Outcome(override.display(), override.base().display(), merge.conflicts() == 0 ? State.MERGED : State.CONFLICTS,
                    merge.theirChanges(), merge.conflicts(), written));
        }
        return outcomes;
    }

    /** Records the current base of each selected copy as the version it is now up to date with; every copy when names is empty. */
    public static List<Outcome> accept(ClassLoader classLoader, Path templateDirectory, String display, List<String> names) {
        List<Outcome> outcomes = new ArrayList<>();
        for (OverrideBases.Override override : selected(classLoader, templateDirectory, display, names)) {
            String record = OverrideBases.FOLDER + override.path();
            List<String> written = new ArrayList<>();
            write(templateDirectory, record, override.currentText(), written);
            outcomes.add(new Outcome(override.display(), override.base().display(), State.RECORDED, 0, 0, written));
        }
        return outcomes;
    }

    /** The docs repo's copies (not the extending overrides) with the names asked for; an unknown name is an error. */
    private static List<OverrideBases.Override> selected(ClassLoader classLoader, Path templateDirectory, String display, List<String> names) {
        TemplateRepository repository = TemplateRepository.create(templateDirectory, display, false, classLoader);
        List<OverrideBases.Override> copies = new OverrideBases(repository.loader()).all().stream()
                .filter(o -> o.layer().kind() == TemplateLayer.Kind.PROJECT && !o.extendsBase()).toList();
        if (names.isEmpty()) {
            return copies;
        }
        Set<String> known = new LinkedHashSet<>();
        copies.forEach(o -> {
            known.add(OverrideBases.exportName(o.path()));
            known.add(o.path());
        });
        List<Problem> problems = new ArrayList<>();
        for (String name : names) {
            if (!known.contains(name.strip())) {
                problems.add(Problem.error(new SourceLocation("sms.templates", 1, 1), "'" + name.strip()
                        + "' names no template of " + display + " that replaces a pack's or the built-in one",
                        Suggestions.didYouMean(name.strip(), known, known.isEmpty() ? "the folder holds no copies of pack or built-in templates"
                                : "copies there: " + String.join(", ", copies.stream().map(o -> OverrideBases.exportName(o.path())).distinct().toList()))));
            }
        }
        if (!problems.isEmpty()) {
            throw new SmsException(problems);
        }
        Set<String> wanted = names.stream().map(String::strip).collect(java.util.stream.Collectors.toSet());
        return copies.stream().filter(o -> wanted.contains(o.path()) || wanted.contains(OverrideBases.exportName(o.path()))).toList();
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static String diff(String fromName, String toName, String from, String to) {
        List<String> fromLines = lines(from);
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(fromName, toName, fromLines, DiffUtils.diff(fromLines, lines(to)), 3);
        return unified.isEmpty() ? "" : String.join("\n", unified) + "\n";
    }

    private static void write(Path folder, String path, String text, List<String> written) {
        Path target = folder.resolve(path).normalize();
        if (!target.startsWith(folder.normalize())) {
            throw new IllegalArgumentException("outside the folder: " + path);
        }
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.add(path);
    }
}
