package io.smsdocs.core.render;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The continuity plan of a partly specified descriptor, in both languages: each service has its own recovery
 * section, an alternate arrangement not named is stated as an open decision, the descriptor's own steps replace
 * the generic ones, and a contact without a holder or e-mail address says so instead of leaving a dash.
 */
class ContinuityPerServiceTest {

    private static final String YAML = """
            organization: {name: Harbour City Hospital IT}
            sms:
              language: %s
              scope: The SMS covers the IT services of the IT department of Harbour City Hospital.
            roles:
              - {id: apps-lead, title: Clinical Applications Lead}
            services:
              - {id: epr, name: Patient Record, owner: apps-lead, hours: 24x7, availabilityTarget: 99.95, dependsOn: [network],
                 recovery: {steps: [Declare downtime to the wards, Fail over to the standby servers]}}
              - {id: network, name: Hospital Network, owner: apps-lead, hours: 24x7, availabilityTarget: 99.9,
                 recovery: {alternate: Second core switch in the other building}}
            """;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ~ ", value = {
            "en ~ ### Hospital Network ~ ### Patient Record ~ Open decision: none decided yet ~ **Open decision.** No alternate arrangement has been decided for Patient Record"
                    + " ~ 1. Declare downtime to the wards ~ 1. **Assess.** The Clinical Applications Lead ~ | Clinical Applications Lead | not yet named | not yet recorded |",
            "de ~ ### Hospital Network ~ ### Patient Record ~ Offene Entscheidung: noch keine festgelegt ~ **Offene Entscheidung.** Für den Service Patient Record ist noch keine Ausweichlösung"
                    + " ~ 1. Declare downtime to the wards ~ 1. **Bewerten.** Der Clinical Applications Lead ~ | Clinical Applications Lead | noch nicht benannt | noch nicht erfasst |"})
    void eachServiceIsRecoveredByItsOwnProcedureInTheRecoveryOrder(String language, String first, String second, String openCell,
                                                                    String openSentence, String ownStep, String genericStep,
                                                                    String contact) throws IOException {
        Path descriptor = dir.resolve("sms.yaml");
        Files.writeString(descriptor, YAML.formatted(language));
        new SmsGenerator().generate(GenerationRequest.of(descriptor, null, dir.resolve("out"), List.of("markdown")));
        String plan = Files.readString(dir.resolve("out/markdown/service-continuity-plan.md"));

        String network = plan.substring(plan.indexOf(first), plan.indexOf(second));
        String record = plan.substring(plan.indexOf(second), plan.indexOf("\n## ", plan.indexOf(second)));
        // The network the record depends on is recovered first; it has an alternate and the generic steps, led by its owner.
        assertThat(plan.indexOf(first)).isLessThan(plan.indexOf(second));
        assertThat(network).contains("Second core switch in the other building").doesNotContain(openCell).contains(genericStep);
        // The record has no alternate (an open decision) and its own steps.
        assertThat(record).contains(openCell).contains(openSentence).contains(ownStep).doesNotContain(genericStep);
        assertThat(plan).contains(contact).doesNotContain("Clinical Applications Lead | —");
    }
}
