package io.smsdocs.core.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static io.smsdocs.core.model.ServiceModelFixture.model;
import static io.smsdocs.core.model.ServiceModelFixture.pluck;
import static io.smsdocs.core.model.ServiceModelFixture.roleId;
import static io.smsdocs.core.model.ServiceModelFixture.service;
import static org.assertj.core.api.Assertions.assertThat;

/** The service decisions: what criticality commits a service to, in the set's language. */
class ServiceLevelsTest {

    @Test
    void criticalitySetsTheRecoveryObjectivesTestsHeadroomAndReviews() {
        Map<String, Object> model = model("en", "2018", true, "boss");
        assertThat(service(model, "shared")).containsEntry("criticalityLevel", "high").containsEntry("criticalityName", "high")
                .containsEntry("criticalityWord", "High").containsEntry("rto", "4 hours").containsEntry("rpo", "1 hour")
                .containsEntry("rtoHours", BigDecimal.valueOf(4)).containsEntry("recoveryTest", "Full recovery test")
                .containsEntry("testFrequency", "Once a year, plus a walk-through every six months")
                .containsEntry("reducedFunctions", "None; capacity and performance may be lower")
                .containsEntry("headroom", 30).containsEntry("monthlyReview", true).containsEntry("roundTheClock", true);
        // No criticality recorded: medium.
        assertThat(service(model, "lonely")).containsEntry("criticalityLevel", "medium").containsEntry("rto", "8 hours")
                .containsEntry("headroom", 20).containsEntry("monthlyReview", false).containsEntry("roundTheClock", false);
        assertThat(service(model, "odd")).containsEntry("criticalityLevel", "low").containsEntry("rto", "24 hours")
                .containsEntry("recoveryTest", "Walk-through of the recovery steps").containsEntry("headroom", 10);
        assertThat(pluck(((Map<?, ?>) model.get("serviceLevels")).get("rules"), r -> r.get("criticalityLevel")))
                .containsExactly("high", "medium", "low");
        assertThat(((Map<?, ?>) ((Map<?, ?>) model.get("serviceLevels")).get("low")).get("headroom")).isEqualTo(10);
    }

    @Test
    void whileInvokedAServiceKeepsTheLowerOfItsOwnAndTheRuleTarget() {
        Map<String, Object> model = model("en", "2018", true, "boss");
        assertThat(service(model, "shared").get("invokedTarget")).isEqualTo(new BigDecimal("98.5"));
        assertThat(service(model, "odd").get("invokedTarget")).isEqualTo(new BigDecimal("95"));
    }

    @Test
    void wordsComeFromTheSetsLanguage() {
        Map<String, Object> model = model("de", "2018", true, "boss");
        assertThat(service(model, "shared")).containsEntry("criticalityName", "hoch").containsEntry("criticalityWord", "Hoch")
                .containsEntry("rto", "4 Stunden").containsEntry("rpo", "1 Stunde");
        assertThat(service(model, "odd")).containsEntry("criticalityName", "niedrig").containsEntry("rto", "24 Stunden");
    }

    @Test
    void unreadableHoursAllowAShareOfTheAgreedHoursInTheSetsLanguage() {
        assertThat(service(model("en", "2018", true, "boss"), "odd")).containsEntry("allowedDowntime", "0.1% of the agreed service hours");
        assertThat(service(model("de", "2018", true, "boss"), "odd")).containsEntry("allowedDowntime", "0,1\u00a0% der vereinbarten Servicezeit");
        assertThat(service(model("de", "2018", true, "boss"), "lonely")).containsEntry("allowedDowntime", "1 h 44 min");
    }

    @Test
    void suppliersAreListedByTypeWithWhatTheyProvide() {
        assertThat(service(model("en", "2018", true, "boss"), "odd")).containsEntry("externalSupplierList", "One Supplier (Hosting)")
                .containsEntry("internalSupplierList", "Two Internal");
        assertThat(service(model("de", "2018", true, "boss"), "lonely")).containsEntry("externalSupplierList", "keine");
    }

    @Test
    void escalationNamesARoleOnceAtItsFirstLevel() {
        // Shared: the incident manager (helper) owns the service; then relationship (ops-lead) and top management (boss).
        Object levels = service(model("en", "2018", true, "boss"), "shared").get("escalation");
        assertThat(pluck(levels, l -> l.get("level"))).containsExactly(2, 3, 4);
        assertThat(pluck(levels, l -> roleId(l, "role"))).containsExactly("helper", "ops-lead", "boss");
        assertThat(pluck(levels, l -> l.get("when"))).startsWith("A response or resolution target is at risk or has been missed");
        // Odd: owned by ops-lead, who also manages the relationship.
        assertThat(pluck(service(model("en", "2018", true, "boss"), "odd").get("escalation"), l -> roleId(l, "role")))
                .containsExactly("helper", "ops-lead", "boss");
    }

    @Test
    void anUnknownCriticalityIsMedium() {
        assertThat(Criticality.of("urgent")).isEqualTo(Criticality.MEDIUM);
        assertThat(Criticality.of(" HIGH ")).isEqualTo(Criticality.HIGH);
        assertThat(Criticality.of(null)).isEqualTo(Criticality.MEDIUM);
    }
}
