package io.smsdocs.core.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.smsdocs.core.model.ServiceModelFixture.model;
import static io.smsdocs.core.model.ServiceModelFixture.pluck;
import static io.smsdocs.core.model.ServiceModelFixture.roleId;
import static org.assertj.core.api.Assertions.assertThat;

/** Who invokes the continuity plan, what each role does, and when each service is first tested. */
class ContinuityPlanTest {

    @Test
    void theFirstTestsSpreadOverTheFourQuartersAfterTheEffectiveDate() {
        assertThat(ContinuityPlan.firstTestQuarter(2026, 1, 0, 6)).isEqualTo("Q2 2026");
        assertThat(ContinuityPlan.firstTestQuarter(2026, 1, 5, 6)).isEqualTo("Q1 2027");
        assertThat(ContinuityPlan.firstTestQuarter(2026, 11, 0, 4)).isEqualTo("Q1 2027");
        assertThat(ContinuityPlan.firstTestQuarter(2026, 11, 3, 4)).isEqualTo("Q4 2027");
    }

    @Test
    void highCriticalityServicesAreTestedFirst() {
        Map<?, ?> plan = (Map<?, ?>) model("en", "2018", true, "ops-lead").get("continuityPlan");
        assertThat(plan.get("scheduled")).isEqualTo(true);
        assertThat(pluck(plan.get("tests"), t -> roleId(t, "service"))).containsExactly("shared", "lonely", "odd");
        assertThat(pluck(plan.get("tests"), t -> t.get("firstTest"))).containsExactly("Q1 2027", "Q2 2027", "Q3 2027");
    }

    @Test
    void aDraftPlanCountsItsFirstTestsFromTheDayTheImplementationPlanApprovesIt() {
        // Without the explicit status the plan is a draft until service continuity is built (P2-08, in 2027).
        Map<String, Object> model = ServiceModelFixture.modelOf(ServiceModelFixture.YAML.formatted("2018", "en",
                "effectiveDate: 2026-11-20", "ops-lead").replace("service-continuity-plan: {status: Approved}", "sla: {}"));
        Map<?, ?> doc = (Map<?, ?>) model.get("doc");
        assertThat(doc.get("draft")).isEqualTo(true);
        String approval = (String) doc.get("plannedApprovalIso");
        assertThat(approval).isNotNull().isGreaterThan("2027-01-01");
        Map<?, ?> plan = (Map<?, ?>) model.get("continuityPlan");
        assertThat(plan.get("scheduled")).isEqualTo(true);
        int year = Integer.parseInt(approval.substring(0, 4));
        int month = Integer.parseInt(approval.substring(5, 7));
        assertThat(pluck(plan.get("tests"), t -> t.get("firstTest")).get(0))
                .isEqualTo(ContinuityPlan.firstTestQuarter(year, month, 0, 3));
    }

    @Test
    void withoutAnEffectiveDateNoQuarterIsPlanned() {
        Map<?, ?> plan = (Map<?, ?>) model("en", "2018", false, "ops-lead").get("continuityPlan");
        assertThat(plan.get("scheduled")).isEqualTo(false);
        assertThat(pluck(plan.get("tests"), t -> t.containsKey("firstTest"))).containsOnly(false);
    }

    @Test
    void theDeputyIsTheContinuityOwnerOrTheSmsManagerWhenTopManagementOwnsContinuity() {
        assertThat(deputy(model("en", "2018", true, "helper"))).isEqualTo("helper");
        assertThat(deputy(model("en", "2018", true, "boss"))).isEqualTo("ops-lead");
    }

    @Test
    void eachRoleIsListedWithItsContinuityDuties() {
        Map<?, ?> plan = (Map<?, ?>) model("en", "2018", true, "boss").get("continuityPlan");
        assertThat(duties(plan)).containsExactly(
                Map.entry("boss", "Invokes the plan and approves the return to normal working;"
                        + " continuity manager: leads the recovery team during invocation"),
                // Processes without an owner in the descriptor are owned by the SMS manager.
                Map.entry("ops-lead", "Deputy invocation authority; keeps the invocation log; recovery lead for Odd Hours; customer liaison;"
                        + " supplier escalation; security incidents and preservation of evidence"),
                Map.entry("helper", "Recovery lead for Lonely and Shared; service desk and notices to users"));
        // A role with neither a person nor a duty is left out; the German set words the duties in German.
        Map<?, ?> german = (Map<?, ?>) model("de", "2018", true, "boss").get("continuityPlan");
        assertThat(duties(german).get(2)).isEqualTo(Map.entry("helper",
                "Wiederherstellungsverantwortung für Lonely und Shared; Service Desk und Mitteilungen an die Benutzer"));
    }

    private static String deputy(Map<String, Object> model) {
        return (String) roleId((Map<?, ?>) model.get("continuityPlan"), "deputy");
    }

    private static List<Object> duties(Map<?, ?> plan) {
        return pluck(plan.get("contacts"), c -> Map.entry(roleId(c, "role"), c.get("duties")));
    }
}
