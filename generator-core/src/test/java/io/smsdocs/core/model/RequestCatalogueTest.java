package io.smsdocs.core.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.smsdocs.core.model.ServiceModelFixture.modelOf;
import static io.smsdocs.core.model.ServiceModelFixture.pluck;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request model the service level agreements and the request catalogue share: four request types with who
 * may raise them, approval and target, and per service its standard requests, which take the values of their type.
 */
class RequestCatalogueTest {

    private static final String YAML = """
            organization: {name: Edge Works}
            sms:
              language: %s
              scope: The SMS covers the IT services that Edge Works provides.
            roles:
              - {id: ops, title: Operations Lead}
            services:
              - {id: desk, name: Desktop, owner: ops, requests: [{name: New laptop}, {name: Admin rights, type: access}]}
              - {id: mail, name: Mail, owner: ops}
            """;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> requests(String language) {
        return (Map<String, Object>) modelOf(YAML.formatted(language)).get("requests");
    }

    @Test
    void theRequestTypesCarryWhoMayRaiseThemTheirApprovalAndTarget() {
        Map<String, Object> requests = requests("en");
        assertThat(pluck(requests.get("types"), t -> t.get("id"))).containsExactly("information", "access", "standard", "other");
        assertThat(pluck(requests.get("types"), t -> t.get("target")))
                .containsExactly("1 working day", "1 working day", "3 working days", "Date agreed with the requester when the request is accepted");
        Map<?, ?> standard = (Map<?, ?>) ((Map<?, ?>) requests.get("type")).get("standard");
        assertThat(standard.get("name")).isEqualTo("Standard requests");
        assertThat(standard.get("label")).isEqualTo("Standard request");
        assertThat(standard.get("approval")).isEqualTo("Pre-approved: no approval beyond the requester's authorisation");
        assertThat(pluck(requests("de").get("types"), t -> t.get("name"))).containsExactly("Auskunft oder Beratung",
                "Zugriffsrechte (neu, geändert, entzogen)", "Standard-Requests", "Sonstige Requests");
    }

    @Test
    void aServicesStandardRequestsTakeTheValuesOfTheirType() {
        Map<String, Object> requests = requests("en");
        List<Object> services = pluck(requests.get("services"), s -> ((Map<?, ?>) s.get("service")).get("id"));
        assertThat(services).containsExactly("desk");
        List<Object> desk = pluck(requests.get("services"), s -> s.get("requests"));
        assertThat(pluck(desk.get(0), r -> r.get("name"))).containsExactly("New laptop", "Admin rights");
        assertThat(pluck(desk.get(0), r -> ((Map<?, ?>) r.get("type")).get("target"))).containsExactly("3 working days", "1 working day");
        assertThat(pluck(requests.get("withoutRequests"), s -> s.get("name"))).containsExactly("Mail");
    }
}
