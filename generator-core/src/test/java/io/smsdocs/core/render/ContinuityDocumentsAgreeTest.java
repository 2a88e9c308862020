package io.smsdocs.core.render;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The business impact analysis and the continuity plan state the same recovery objectives: every table of the
 * continuity plan with a service and an RTO or RPO column, and every recovery procedure, shows the values of the
 * analysis for that service, in every sample set (both editions, both languages) and in a partial descriptor.
 */
class ContinuityDocumentsAgreeTest {

    private static final String PARTIAL = """
            organization: {name: Harbour City Hospital IT}
            sms:
              scope: The SMS covers the IT services that the IT department of Harbour City Hospital provides.
            roles:
              - {id: apps-lead, title: Clinical Applications Lead}
            customers:
              - {id: clinical, name: Clinical Divisions, type: internal}
            services:
              - {id: epr, name: Electronic Patient Record, owner: apps-lead, customers: [clinical], hours: 24x7, availabilityTarget: 99.95,
                 dependsOn: [network], recovery: {rpo: 0.25}}
              - {id: network, name: Hospital Network, owner: apps-lead, hours: 24x7, availabilityTarget: 99.9}
              - {id: office, name: Office and E-mail, owner: apps-lead, hours: Mon-Fri 07:30-18:30}
            """;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "northwind, ../samples/northwind/src/sms/sms.yaml",
            "stmarys-it, ../samples/stmarys-it/src/sms/sms.yaml",
            "rheintal-de, ../samples/consultant-pack/client/src/sms/sms.yaml",
            "minimal, src/test/resources/descriptors/minimal.yaml",
            "partial, ''"
    })
    void theContinuityPlanUsesTheRecoveryObjectivesOfTheAnalysis(String name, String descriptor) throws IOException {
        Path yaml = descriptor.isEmpty() ? Files.writeString(dir.resolve("sms.yaml"), PARTIAL) : Path.of(descriptor);
        new SmsGenerator().generate(GenerationRequest.of(yaml, null, dir.resolve("out"), List.of("markdown")));
        String analysis = Files.readString(dir.resolve("out/markdown/business-impact-analysis.md"));
        String plan = Files.readString(dir.resolve("out/markdown/service-continuity-plan.md"));

        Map<String, String> rto = new LinkedHashMap<>();
        Map<String, String> rpo = new LinkedHashMap<>();
        for (List<List<String>> table : tables(analysis)) {
            collect(table, "RTO", rto);
            collect(table, "RPO", rpo);
        }
        List<String> compared = new ArrayList<>();
        for (List<List<String>> table : tables(plan)) {
            compared.addAll(compare(table, "RTO", rto, name));
            compared.addAll(compare(table, "RPO", rpo, name));
        }
        // Each recovery procedure states the objectives of its service: "| Recovery time objective (RTO) | 4 hours (criticality rule) |".
        for (String service : rto.keySet()) {
            int section = plan.indexOf("\n### " + service + "\n");
            assertThat(section).as("%s: recovery procedure of %s", name, service).isPositive();
            String procedure = plan.substring(section, plan.indexOf("\n## ", section));
            assertThat(procedure).as("%s: RTO of %s", name, service).contains("(RTO) | " + rto.get(service) + " (");
            assertThat(procedure).as("%s: RPO of %s", name, service).contains("(RPO) | " + rpo.get(service) + " (");
            compared.add(service);
        }
        if (name.equals("minimal")) {
            assertThat(rto).isEmpty();
        } else {
            assertThat(rto).as("services analysed in %s", name).isNotEmpty();
            // The summary table, the recovery order and the procedures all compared each service.
            assertThat(compared).as("comparisons in %s", name).hasSizeGreaterThanOrEqualTo(4 * rto.size());
        }
    }

    /** The service → value of a column of a table that has a Service column and that column. */
    private static void collect(List<List<String>> table, String column, Map<String, String> values) {
        int service = table.get(0).indexOf("Service");
        int index = table.get(0).indexOf(column);
        if (service >= 0 && index >= 0) {
            table.subList(1, table.size()).forEach(row -> values.put(row.get(service), row.get(index)));
        }
    }

    private static List<String> compare(List<List<String>> table, String column, Map<String, String> expected, String set) {
        Map<String, String> actual = new LinkedHashMap<>();
        collect(table, column, actual);
        actual.forEach((service, value) -> assertThat(value).as("%s: %s of %s in the continuity plan", set, column, service)
                .isEqualTo(expected.get(service)));
        return List.copyOf(actual.keySet());
    }

    /** The Markdown tables of a document, each as rows of cells, the header first. */
    static List<List<List<String>>> tables(String markdown) {
        List<List<List<String>>> tables = new ArrayList<>();
        List<List<String>> current = null;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("|")) {
                if (current == null) {
                    current = new ArrayList<>();
                    tables.add(current);
                }
                if (!line.startsWith("|---")) {
                    List<String> cells = new ArrayList<>();
                    for (String cell : line.substring(1, line.length() - 1).split("\\|", -1)) {
                        cells.add(cell.strip());
                    }
                    current.add(cells);
                }
            } else {
                current = null;
            }
        }
        return tables;
    }
}
