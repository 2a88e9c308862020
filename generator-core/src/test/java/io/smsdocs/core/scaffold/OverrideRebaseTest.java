package io.smsdocs.core.scaffold;

import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.template.TemplateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Issue 19, "why" item 4: an override is found stale by the content of the template it was copied from, not by a
 * version number, and the upstream change can be merged in a three-way view.
 */
class OverrideRebaseTest {

    @TempDir
    Path dir;

    private Path templates() {
        return dir.resolve("src/sms/templates");
    }

    private List<Problem> warnings() {
        TemplateRepository repository = TemplateRepository.create(templates(), "src/sms/templates", true, getClass().getClassLoader());
        return repository.templateWarnings(repository.documentTemplates("en"), "en");
    }

    @Test
    void aFreshCopyRecordsItsBaseAndIsNotStale() throws IOException {
        TemplateExport.export(getClass().getClassLoader(), templates(), List.of("sla"));

        Path record = templates().resolve(".base/documents/sla.text.ftl");
        assertThat(record).hasSameTextualContentAs(builtIn("documents/sla.text.ftl"));
        assertThat(templates().resolve(".base/documents/sla.md.ftl")).exists();
        assertThat(warnings()).isEmpty();
    }

    @Test
    void aChangedBaseWithTheSameVersionIsStaleByContentAndMergesIntoTheCopy() throws IOException {
        TemplateExport.export(getClass().getClassLoader(), templates(), List.of("sla"));
        // The user edits the first entry; the built-in catalogue, as recorded, lacked a line it has now (same pack version).
        Path copy = templates().resolve("documents/sla.text.ftl");
        List<String> builtIn = Files.readAllLines(builtIn("documents/sla.text.ftl"));
        int upstreamLine = builtIn.size() - 1;
        List<String> older = new java.util.ArrayList<>(builtIn);
        older.remove(upstreamLine);
        Files.write(templates().resolve(".base/documents/sla.text.ftl"), older);
        List<String> yours = new java.util.ArrayList<>(older);
        int firstEntry = indexOfFirstEntryBody(yours);
        yours.set(firstEntry, yours.get(firstEntry) + " (edited by us)");
        Files.write(copy, yours);

        assertThat(warnings()).singleElement().satisfies(w -> {
            assertThat(w.format()).startsWith("src/sms/templates/documents/sla.text.ftl:1:1: [built-in pack] documents/sla.text.ftl,"
                    + " which this override was copied from, has changed since (the copy it started from is"
                    + " src/sms/templates/.base/documents/sla.text.ftl)");
            assertThat(w.hint()).contains("{setting:base=true}").contains("{setting:templates=documents/sla.text}");
        });

        Path view = dir.resolve("target/sms-base");
        List<OverrideRebase.Outcome> outcomes = OverrideRebase.compare(getClass().getClassLoader(), templates(), "src/sms/templates",
                List.of("documents/sla.text"), view);

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.state()).isEqualTo(OverrideRebase.State.MERGED);
            assertThat(o.upstreamChanges()).isEqualTo(1);
            assertThat(o.written()).containsExactly("documents/sla.text.ftl.old", "documents/sla.text.ftl.new", "documents/sla.text.ftl.yours",
                    "documents/sla.text.ftl.upstream.diff", "documents/sla.text.ftl.merged");
        });
        List<String> merged = Files.readAllLines(view.resolve("documents/sla.text.ftl.merged"));
        assertThat(merged).contains(yours.get(firstEntry)).contains(builtIn.get(upstreamLine)).hasSize(builtIn.size());
        assertThat(Files.readString(view.resolve("documents/sla.text.ftl.upstream.diff"))).contains("+" + builtIn.get(upstreamLine));

        // Merged by the user and accepted: the new base is recorded and the warning is gone.
        Files.write(copy, merged);
        List<OverrideRebase.Outcome> accepted = OverrideRebase.accept(getClass().getClassLoader(), templates(), "src/sms/templates",
                List.of("documents/sla.text"));
        assertThat(accepted).singleElement().extracting(OverrideRebase.Outcome::state).isEqualTo(OverrideRebase.State.RECORDED);
        assertThat(templates().resolve(".base/documents/sla.text.ftl")).hasSameTextualContentAs(builtIn("documents/sla.text.ftl"));
        assertThat(warnings()).isEmpty();
    }

    @Test
    void aCopyWithoutARecordedBaseOrVersionIsAWarningThatSaysHowToRecordIt() throws IOException {
        Path copy = templates().resolve("documents/glossary.md.ftl");
        Files.createDirectories(copy.getParent());
        Files.copy(builtIn("documents/glossary.md.ftl"), copy);

        assertThat(warnings()).singleElement().satisfies(w -> {
            assertThat(w.format()).startsWith("src/sms/templates/documents/glossary.md.ftl:1:1: this override replaces [built-in pack]"
                    + " documents/glossary.md.ftl but records no copy of the version it started from");
            assertThat(w.hint()).contains("{setting:templates=glossary} {setting:base=accept}");
        });
        List<OverrideRebase.Outcome> compared = OverrideRebase.compare(getClass().getClassLoader(), templates(), "src/sms/templates",
                List.of(), dir.resolve("view"));
        assertThat(compared).singleElement().extracting(OverrideRebase.Outcome::state).isEqualTo(OverrideRebase.State.NOT_RECORDED);
        assertThat(dir.resolve("view/documents/glossary.md.ftl.diff")).content().isEmpty();
    }

    @Test
    void anOverrideThatIncludesTheBuiltInVersionNeedsNoRecord() throws IOException {
        Path extending = templates().resolve("documents/glossary.md.ftl");
        Files.createDirectories(extending.getParent());
        Files.writeString(extending, Files.readString(builtIn("documents/glossary.md.ftl")).replaceFirst("(?s)-->.*", "-->\n")
                + "<#include \"/builtin/documents/glossary.md.ftl\">\n");

        assertThat(warnings()).isEmpty();
    }

    @Test
    void anUnknownNameIsALocatedErrorWithTheCopiesThere() throws IOException {
        TemplateExport.export(getClass().getClassLoader(), templates(), List.of("sla"));

        SmsException unknown = catchThrowableOfType(SmsException.class, () -> OverrideRebase.compare(getClass().getClassLoader(),
                templates(), "src/sms/templates", List.of("slaa"), dir.resolve("view")));

        assertThat(unknown.problems()).singleElement().asString()
                .isEqualTo("sms.templates:1:1: 'slaa' names no template of src/sms/templates that replaces a pack's or the built-in one;"
                        + " did you mean 'sla'?");
    }

    private static int indexOfFirstEntryBody(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("@@") && i + 1 < lines.size() && !lines.get(i + 1).isBlank()) {
                return i + 1;
            }
        }
        throw new AssertionError("no entry");
    }

    private static Path builtIn(String path) {
        return Path.of("../templates/src/main/resources/META-INF/smsdocs/packs/default").resolve(path);
    }
}
