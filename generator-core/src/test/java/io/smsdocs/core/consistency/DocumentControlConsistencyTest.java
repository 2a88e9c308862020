package io.smsdocs.core.consistency;

import io.smsdocs.core.descriptor.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner and approver in a document's control block are the owner and approver its body names: every
 * sentence that says who owns, reviews or approves "this policy", "the plan", "this register" … names the same
 * role as the header, in every document of every sample set and of the partly specified hospital descriptor.
 */
class DocumentControlConsistencyTest {

    static Stream<String> sets() {
        return RenderedSet.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void everyOwnerAndApproverTheBodyNamesIsTheOneInTheHeader(String name) {
        RenderedSet set = RenderedSet.of(name);
        ControlStatements scanner = scanner(set);
        List<String> contradictions = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, String> document : set.documents().entrySet()) {
            for (ControlStatements.Statement statement : scanner.statements(document.getValue())) {
                String header = scanner.header(document.getValue(), statement.field()).orElse("(none)");
                checked++;
                if (!header.equals(statement.role())) {
                    contradictions.add(document.getKey() + ": header " + statement.field() + " is " + header + ", the body says "
                            + statement.role() + " in: " + statement.text());
                }
            }
        }
        assertThat(contradictions).as("statements of owner and approver that contradict the header in %s", name).isEmpty();
        // The patterns must keep finding the statements: a set states its documents' owners and approvers many times.
        assertThat(checked).as("statements found in %s", name).isGreaterThan(20);
    }

    @Test
    void aBodyThatNamesAnotherRoleIsReported() {
        ControlStatements scanner = new ControlStatements(List.of("Managing Director", "Change Manager", "Service Management Manager"),
                "Example Ltd", false);
        String document = """
                | Document control | |
                |---|---|
                | Owner | Service Management Manager (Pat Doe) |
                | Approver | Managing Director |

                <!-- smsdocs:end-of-front-matter -->

                | Role | Holder | Responsibilities |
                |---|---|---|
                | Change Manager | — | Owns this policy. Owns the change management process. |

                The Service Management Manager reviews this policy at least every 12 months. Changes to the policy are
                approved by the Managing Director.
                """;

        List<ControlStatements.Statement> statements = scanner.statements(document);

        assertThat(statements).extracting(ControlStatements.Statement::field, ControlStatements.Statement::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ControlStatements.Field.OWNER, "Change Manager"),
                org.assertj.core.groups.Tuple.tuple(ControlStatements.Field.OWNER, "Service Management Manager"),
                org.assertj.core.groups.Tuple.tuple(ControlStatements.Field.APPROVER, "Managing Director"));
        assertThat(scanner.header(document, ControlStatements.Field.OWNER)).contains("Service Management Manager");
    }

    private static ControlStatements scanner(RenderedSet set) {
        return new ControlStatements(set.descriptor().roles().stream().map(Role::title).toList(),
                set.descriptor().organization().name(), set.german());
    }
}
