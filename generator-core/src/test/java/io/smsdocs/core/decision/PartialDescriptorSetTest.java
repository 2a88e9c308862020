package io.smsdocs.core.decision;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.GenerationResult;
import io.smsdocs.core.api.SmsGenerator;
import io.smsdocs.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sets generated from partly specified descriptors the samples were not tuned for: every value the descriptor
 * leaves out is either derived by a documented rule (and listed as derived) or an open decision (listed,
 * reported, and marked where the documents state it); nothing is silently assumed.
 */
class PartialDescriptorSetTest {

    private static final Pattern UNMARKED_TOOL = Pattern.compile("(?i)the service management tool(?! \\(open decision D-\\d\\d\\))");

    @Test
    void anInHouseHospitalDepartmentGetsDerivedCriticalityAndEveryAssumptionMarked(@TempDir Path out) throws IOException {
        GenerationResult result = generate("src/test/resources/descriptors/in-house-hospital.yaml", out);
        Map<String, String> set = read(out.resolve("markdown"));

        String register = set.get("decision-register.md");
        assertThat(register)
                .contains("| Criticality of Electronic Patient Record | high | From its service hours (24x7) and availability target (99.95 %) |")
                .contains("| Criticality of Office and E-mail | medium |")
                .contains("Recovery time 4 hours, data loss at most 1 hour")
                .containsPattern("\\| D-\\d\\d \\| Maintenance window of Electronic Patient Record, which runs round the clock \\| .* \\| Infrastructure Lead \\|")
                .containsPattern("\\| D-\\d\\d \\| Alternate arrangement for recovering Imaging Archive when its site or system is lost \\|")
                .containsPattern("\\| D-\\d\\d \\| Availability target of Office and E-mail \\| 99.5 % \\|")
                .containsPattern("\\| D-\\d\\d \\| Contract or agreement with MedRecord Systems Ltd and its reference \\|")
                .containsPattern("\\| D-\\d\\d \\| The system that supports all processes and holds their records \\| An unnamed service management tool \\|")
                .containsPattern("- D-\\d\\d: `sms.defaultTool`");
        // Each register entry is also a located warning of the build.
        List<String> decisions = result.warnings().stream().map(Problem::message).filter(m -> m.contains("open decision D-")).toList();
        assertThat(register.lines().filter(line -> line.matches("\\| D-\\d\\d \\|.*"))).hasSameSizeAs(decisions);

        // Where a document states an assumed value, it points at the decision.
        assertThat(set.get("sla-epr.md")).containsPattern("Planned maintenance \\| In a maintenance window still to be agreed with the customer \\(open decision D-\\d\\d\\)");
        assertThat(set.get("sla-office.md")).containsPattern("\\*\\*99.5 ?%\\*\\* \\(open decision D-\\d\\d\\)");
        assertThat(set.get("sla-office.md")).contains("Planned maintenance | Outside the service hours where possible");
        set.forEach((file, text) -> assertThat(UNMARKED_TOOL.matcher(text).results().map(r -> file + ": " + r.group()).toList())
                .as("the unnamed tool is marked as an open decision in %s", file).isEmpty());
        assertThat(set.get("sla-epr.md")).contains("Its criticality is high").doesNotContain("criticality is medium");

        // An in-house department speaks as one: no revenue, credits or commercial contracts; and as a hospital's.
        String all = String.join("\n", set.values());
        assertThat(all).doesNotContain("Profitable", "expected revenue", "in the commercial contract", "Customers entrust us")
                .contains("this SLA carries no charges or service credits", "funding agreed for each service");
        assertThat(set.get("design-build-transition.md")).contains("Because the services support healthcare", "clinical safety assessment");
        assertThat(set.get("resolution-and-fulfilment.md")).contains("patient safety reporting system");
        assertThat(set.get("service-continuity-plan.md")).contains("downtime procedures");
    }

    @Test
    void aGermanSaasCompanyWithoutLinkedCustomersOrNamedManagerSaysSo(@TempDir Path out) throws IOException {
        GenerationResult result = generate("src/test/resources/descriptors/saas-de.yaml", out);
        Map<String, String> set = read(out.resolve("markdown"));

        assertThat(result.warnings()).extracting(Problem::message)
                .anyMatch(m -> m.contains("service 'platform' names no customers"))
                .anyMatch(m -> m.contains("nobody is named as SMS manager"));
        assertThat(set.get("sla-platform.md")).containsPattern("internen\\s+Benutzern des Service \\(offene Entscheidung D-\\d\\d\\)");
        assertThat(set.get("decision-register.md")).containsPattern("\\| D-\\d\\d \\| Kunden des Service Analyseplattform \\|")
                .containsPattern("\\| D-\\d\\d \\| Wer die Rolle Service Management Manager innehat|\\| D-\\d\\d \\| Wer die Rolle .* innehat");
        assertThat(String.join("\n", set.values())).contains("noch zu benennen (D-").doesNotContain("| — | Richtet das SMS");
    }

    private static GenerationResult generate(String descriptor, Path out) {
        return new SmsGenerator().generate(GenerationRequest.of(Path.of(descriptor), null, out, List.of("markdown")));
    }

    private static Map<String, String> read(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.list(root)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".md")).toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return files;
    }
}
