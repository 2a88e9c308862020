package io.smsdocs.core.check;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import io.smsdocs.core.problem.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issued documents keep their ids, and changed content needs a new version. */
class IssuedDocumentCheckTest {

    private static final Path NORTHWIND = Path.of("../samples/northwind/src/sms/sms.yaml");
    private static final LocalDate BEFORE_REVIEWS = LocalDate.of(2026, 6, 1);
    private static final String DESKTOP = """
              - id: managed-desktop
                name: Managed Desktop
                description: Provision, patching and support of Windows and macOS devices for customer staff.
                owner: service-delivery-manager
                customers: [contoso, adventure-works]
                suppliers: [northwind-facilities]
                hours: Mon-Fri 08:00-18:00
                availabilityTarget: 99.5
                requests:
                  - {name: New laptop or desktop for a starter}
                  - {name: Software installation from the customer's approved list}
                  - {name: Local administrator rights for a user, type: access}
                # Its customers' staff reach support through the service desk, which is recovered first. 99.5% over
                # 50 hours a week allows about 13 hours of unplanned downtime a year, so the RTO is shorter than the rule's.
                dependsOn: [service-desk]
                recovery:
                  rto: 8
                  alternate: Engineers work from the Fabrikam Cloud management jump hosts and ship pre-built spare laptops from stock
            """;

    @TempDir
    Path dir;
    private Path descriptor;
    private Path out;

    @BeforeEach
    void issueTheSampleSet() throws IOException {
        descriptor = dir.resolve("sms.yaml");
        out = dir.resolve("out");
        Files.writeString(descriptor, Files.readString(NORTHWIND));
        new SmsGenerator().generate(GenerationRequest.of(descriptor, null, out, List.of("markdown")));
    }

    private List<String> findings() {
        return new SmsGenerator().check(GenerationRequest.of(descriptor, null, out, List.of("markdown")), BEFORE_REVIEWS)
                .all().stream().map(Problem::format).toList();
    }

    @Test
    void reorderingServicesWouldRenumberIssuedDocumentsAndFailsUntilTheNumbersArePinned() throws IOException {
        String yaml = Files.readString(descriptor);
        assertThat(yaml).contains(DESKTOP);
        // The first service moves to the end of the list.
        // The block after the services list in the sample: the priorities' comment, or the processes.
        String after = yaml.contains("\n# Incident priorities") ? "\n# Incident priorities" : "\nprocesses:";
        Files.writeString(descriptor, yaml.replace(DESKTOP, "").replace(after, DESKTOP + after));
        List<String> findings = findings();

        assertThat(findings).anyMatch(f -> f.contains("document sla-managed-desktop was issued as NORTHWIND-SLA-01 and would now be"
                + " NORTHWIND-SLA-0") && f.contains("pin its number with docNumber: 1 on the"));
        assertThat(findings).anyMatch(f -> f.contains("document sla-cloud-hosting was issued as NORTHWIND-SLA-02 and would now be"
                + " NORTHWIND-SLA-01"));

        // Pinning every moved service's number keeps the issued ids.
        String pinned = Files.readString(descriptor);
        int position = 1;
        for (String id : List.of("managed-desktop", "cloud-hosting", "backup-recovery", "managed-network", "m365-administration")) {
            pinned = pinned.replace("  - id: " + id + "\n", "  - id: " + id + "\n    docNumber: " + position++ + "\n");
        }
        Files.writeString(descriptor, pinned);
        assertThat(findings()).noneMatch(f -> f.contains("was issued as"));
    }

    @Test
    void contentThatChangedUnderTheSameVersionNeedsARevision() throws IOException {
        // Approved SLAs: a draft may change without a new version.
        Files.writeString(descriptor, Files.readString(descriptor).replace("  overrides:\n    service-management-policy",
                "  overrides:\n    sla: {status: Approved}\n    service-management-policy"));
        new SmsGenerator().generate(GenerationRequest.of(descriptor, null, out, List.of("markdown")));
        Files.writeString(descriptor, Files.readString(descriptor).replace("availabilityTarget: 99.8", "availabilityTarget: 99.7"));

        assertThat(findings()).anyMatch(f -> f.contains("content of sla-managed-network changed since version 1.0 was issued;"
                + " add a revision"));
    }

    @Test
    void aRevisionDatedAfterTheEffectiveDateIsNamed() throws IOException {
        Files.writeString(descriptor, Files.readString(descriptor).replace(
                "service-management-policy: {version: \"2.0\", approver: managing-director}",
                "service-management-policy: {version: \"2.0\", approver: managing-director, status: Approved, effectiveDate: 2026-01-15,"
                        + " revisions: [{version: \"2.0\", date: 2026-03-01, description: Targets revised}]}"));

        assertThat(findings()).anyMatch(f -> f.contains("revision 2.0 of service-management-policy is dated 2026-03-01, after the"
                + " effective date 2026-01-15"));
    }
}
