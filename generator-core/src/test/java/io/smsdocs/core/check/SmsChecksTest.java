package io.smsdocs.core.check;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.GenerationResult;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.api.SmsGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SmsChecksTest {

    private static final Path NORTHWIND = Path.of("../samples/northwind/src/sms/sms.yaml");
    private static final LocalDate BEFORE_REVIEWS = LocalDate.of(2026, 6, 1);

    @TempDir
    Path dir;

    private static List<String> lines(List<Problem> problems) {
        return problems.stream().map(Problem::format).toList();
    }

    @Test
    void northwindHasNoGaps() {
        SmsChecks.Findings findings = new SmsGenerator().check(GenerationRequest.of(NORTHWIND, null, dir, List.of("markdown")),
                BEFORE_REVIEWS);
        assertThat(lines(findings.all())).isEmpty();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aPinnedAuditDateBeforeItsPrerequisitesIsAFindingAndABuildWarningLocatedAtThatDate() throws IOException {
        Path descriptor = dir.resolve("sms.yaml");
        Files.writeString(descriptor, Files.readString(NORTHWIND).replace("stage1: 2026-10-05", "stage1: 2026-03-02"));

        SmsChecks.Findings findings = new SmsGenerator().check(GenerationRequest.of(descriptor, null, dir.resolve("out"),
                List.of("markdown")), BEFORE_REVIEWS);
        GenerationResult result = new SmsGenerator().generate(GenerationRequest.of(descriptor, null, dir.resolve("out"),
                List.of("markdown")));

        // The programme is computed in the planning stage: its warnings reach sms:check and the build result,
        // not only the text of the implementation plan.
        String stage1 = ":" + lineOf(descriptor, "  stage1: ") + ":11: ";
        assertThat(lines(findings.gaps())).isNotEmpty().allMatch(line -> line.contains(stage1
                + "the implementation plan cannot keep a pinned date: "));
        assertThat(lines(result.warnings())).containsAll(lines(findings.gaps()));
    }

    @Test
    void anAuditorAssignedToTheAreaTheyOwnIsAFindingLocatedAtTheAssignment() throws IOException {
        Path descriptor = dir.resolve("sms.yaml");
        Files.writeString(descriptor, Files.readString(NORTHWIND) + "  assignments: {change-management: change-manager, support: problem-manager}\n");

        SmsChecks.Findings findings = new SmsGenerator().check(GenerationRequest.of(descriptor, null, dir.resolve("out"),
                List.of("markdown")), BEFORE_REVIEWS);

        // Only the change manager auditing change management breaks the rule; the problem manager may audit support.
        assertThat(lines(findings.gaps())).singleElement().asString()
                .contains("internalAudit.assignments.change-management names 'change-manager', who owns that area: nobody audits their own work");
        assertThat(findings.gaps().get(0).line()).isEqualTo(Files.readAllLines(descriptor).size());
    }

    @Test
    void aPinnedDateMissedBecauseOfCapacityNamesTheOwnerAndHowToMakeRoom() throws IOException {
        Path descriptor = dir.resolve("sms.yaml");
        Files.writeString(descriptor, Files.readString(NORTHWIND).replace(", capacity: 80}", "}").replace(", capacity: 60}", "}"));

        List<String> gaps = lines(new SmsGenerator().check(GenerationRequest.of(descriptor, null, dir.resolve("out"),
                List.of("markdown")), BEFORE_REVIEWS).gaps());

        String stage1 = ":" + lineOf(descriptor, "  stage1: ") + ":11: ";
        assertThat(gaps).filteredOn(line -> line.contains(stage1)).singleElement().asString()
                .contains(": the implementation plan cannot keep a pinned date because of owner capacity: POST-01 Stage 1"
                        + " certification audit starts on 2026-10-05, before P3-05 ends on ")
                .contains("the work before it waits for 'service-delivery-manager' (50% of their time) and 'sms-manager' (50% of their time)")
                .endsWith("; raise roles[].capacity of 'service-delivery-manager', give some of its activities to another role with"
                        + " implementation.overrides.<id>.owner, or move the date");
    }

    @Test
    void aCertificationStepRecordedAfterTodayIsAFinding() throws IOException {
        Path descriptor = dir.resolve("sms.yaml");
        Files.writeString(descriptor, Files.readString(NORTHWIND).replace("application-review: 2026-03-27", "application-review: 2026-07-01"));

        List<String> gaps = lines(new SmsGenerator().check(GenerationRequest.of(descriptor, null, dir.resolve("out"),
                List.of("markdown")), BEFORE_REVIEWS).gaps());

        assertThat(gaps).singleElement().asString().endsWith(":" + lineOf(descriptor, "  completed: ") + ":60: certification.completed"
                + " records application-review on 2026-07-01, which is after today (2026-06-01): the documents show it as done;"
                + " record a step once it has taken place; to check as of another day, set sms.asOf=<date>");
    }

    @Test
    void certificationRecordsMustTellOneStory() throws IOException {
        Path descriptor = dir.resolve("sms.yaml");
        Files.writeString(descriptor, Files.readString(NORTHWIND).replace("completed: {application: 2026-03-02, application-review: 2026-03-27}",
                "completed: {application: 2026-03-02, application-review: 2026-02-27, stage-2: 2026-05-18}"));

        List<String> gaps = lines(new SmsGenerator().check(GenerationRequest.of(descriptor, null, dir.resolve("out"),
                List.of("markdown")), BEFORE_REVIEWS).gaps());

        assertThat(gaps).anyMatch(line -> line.endsWith("certification.completed dates application-review 2026-02-27, before"
                        + " application (2026-03-02), which comes before it; check both dates"))
                .anyMatch(line -> line.endsWith("certification.completed records stage-2 but not audit-planning, which comes before"
                        + " it; add audit-planning with the date it took place"))
                .anyMatch(line -> line.endsWith("certification.completed dates stage-2 2026-05-18, but certification.stage2 is 2026-11-16;"
                        + " the documents show the day it took place; write the same date in certification.stage2"));
    }

    @Test
    void excludingTheOnlyCoverageOfAClauseNamesTheClauseAndTheExclusion() throws IOException {
        Path descriptor = dir.resolve("sms.yaml");
        Files.writeString(descriptor, Files.readString(NORTHWIND).replace("exclude: []", "exclude: [knowledge-management]"));
        SmsChecks.Findings findings = new SmsGenerator().check(GenerationRequest.of(descriptor, null, dir.resolve("out"),
                List.of("markdown")), BEFORE_REVIEWS);
        assertThat(findings.gaps()).singleElement().asString().endsWith(":" + lineOf(descriptor, "exclude: [knowledge-management]") + ":13: clause 7.6 (Knowledge) is covered by no"
                + " document of the set: excluding 'knowledge-management' removed its only coverage; ISO/IEC 20000-1:2018 allows"
                + " no exclusions; keep the document or add one that covers the clause");
    }

    @Test
    void minimalDescriptorLacksOwnersTargetsAndReviews() throws IOException {
        Path descriptor = dir.resolve("sms.yaml");
        Files.writeString(descriptor, """
                organization: {name: Tiny Ltd}
                sms:
                  scope: The SMS covers the IT services of Tiny Ltd.
                  effectiveDate: 2024-01-01
                processes:
                  incident-management: {owner: sms-manager}
                services:
                  - {id: desk, name: Desk}
                implementation:   # everything in place, so every document is approved from the effective date
                  gaps: [{clause: "4", status: implemented}, {clause: "5", status: implemented}, {clause: "6", status: implemented},
                         {clause: "7", status: implemented}, {clause: "8", status: implemented}, {clause: "9", status: implemented},
                         {clause: "10", status: implemented}]
                """);
        SmsChecks.Findings findings = new SmsGenerator().check(GenerationRequest.of(descriptor, null, dir.resolve("out"),
                List.of("markdown")), LocalDate.of(2026, 1, 1));
        assertThat(lines(findings.gaps())).containsExactly(descriptor + ":8:5: service desk has no SLA target; its SLA states"
                + " the default 99.5% (open decision D-10); add availabilityTarget to the first service, 'desk', with the target agreed with the customer");
        // Processes without an owner are owned meanwhile by the default owner: one open decision, not a gap.
        assertThat(lines(findings.openDecisions())).filteredOn(line -> line.contains("no owner")).singleElement().asString()
                .startsWith(descriptor + ":5:1: open decision D-").contains("18 processes have no owner (")
                .contains("problem-management").doesNotContain("incident-management");
        assertThat(lines(findings.notes())).isEmpty();
        SmsChecks.Findings strict = new SmsGenerator().check(GenerationRequest.of(descriptor, null, dir.resolve("out"),
                List.of("markdown")).toBuilder().requireExplicitOwners(true).build(), LocalDate.of(2026, 1, 1));
        assertThat(lines(strict.gaps())).hasSize(19)
                .contains(descriptor + ":5:1: process problem-management (8.6.3) has no owner role; the documents name"
                        + " 'sms-manager'; add processes.problem-management.owner with the role that owns it")
                .noneMatch(line -> line.contains("incident-management"));
        assertThat(lines(findings.overdueReviews())).hasSize(52)
                .contains(descriptor + ":4:18: document sms-plan was due for review on 2025-01-01; review it, then record"
                        + " the new version and effective date in documents.overrides.sms-plan");
    }

    @Test
    void generateReportsFindingsAsWarningsOrFailsOnThemWhenAsked() throws IOException {
        Path descriptor = dir.resolve("sms.yaml");
        Files.writeString(descriptor, "organization: {name: Tiny Ltd}\nsms: {scope: The SMS covers IT.}\n"
                + "services: [{id: desk, name: Desk}]\n");
        GenerationResult result = new SmsGenerator().generate(GenerationRequest.of(descriptor, null, dir.resolve("out"),
                List.of("markdown")));
        assertThat(result.warnings()).isNotEmpty().allMatch(w -> w.severity() == Problem.Severity.WARNING);
        assertThat(result.warnings()).anyMatch(w -> w.message().startsWith("open decision D-"));

        // The findings fail the build; open decisions only under failOnOpenDecisions.
        SmsException failure = catchThrowableOfType(SmsException.class, () -> new SmsGenerator().generate(GenerationRequest.of(
                descriptor, null, dir.resolve("out2"), List.of("markdown")).withFailOnWarning(true)));
        assertThat(failure.problems()).isNotEmpty().allMatch(Problem::isError)
                .noneMatch(p -> p.message().startsWith("open decision"));
        assertThat(dir.resolve("out2")).doesNotExist();
    }

    /** The line of the descriptor that holds the text, counted from one: the tests do not pin the sample's layout. */
    private static int lineOf(Path descriptor, String text) throws IOException {
        List<String> lines = Files.readAllLines(descriptor);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + descriptor);
    }
}
