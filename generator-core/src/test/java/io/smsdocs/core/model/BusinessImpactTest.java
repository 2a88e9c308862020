package io.smsdocs.core.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import static io.smsdocs.core.model.ServiceModelFixture.modelOf;
import static io.smsdocs.core.model.ServiceModelFixture.pluck;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The business impact analysis by its stated rule: the impact on operations over time and the maximum tolerable
 * outage by criticality, the impact on obligations from the downtime the target allows over the service hours,
 * the impact on reputation from how widely the outage is seen, in the provider's voice; the recovery objectives
 * are the service's own values, checked against the maximum tolerable outage.
 */
class BusinessImpactTest {

    private static final String YAML = """
            organization: {name: Clinic IT%s}
            sms:
              language: %s
              scope: The SMS covers the IT services of Clinic IT.
            roles:
              - {id: apps-lead, title: Applications Lead}
            customers:
              - {id: wards, name: Wards, type: internal}
              - {id: office, name: Back Office, type: internal}
              - {id: lab, name: Laboratory, type: internal}
              - {id: partner, name: Partner Clinic, type: external}
            services:
              - {id: record, name: Patient Record, owner: apps-lead, customers: [wards, office, lab], hours: 24x7,
                 availabilityTarget: 99.9, criticality: high}
              - {id: mail, name: Mail, owner: apps-lead, customers: [office], hours: Mon-Fri 09:00-17:00,
                 availabilityTarget: 99.5, criticality: medium}
              - {id: portal, name: Partner Portal, owner: apps-lead, customers: [partner], hours: by arrangement,
                 availabilityTarget: 98, criticality: low}
              - {id: slow, name: Slow Restore, owner: apps-lead, customers: [wards], hours: 24x7, availabilityTarget: 99.9,
                 criticality: high, recovery: {rto: 10}}
            """;

    private static Map<String, Object> impact(String language, String sector) {
        Object model = modelOf(YAML.formatted(sector.isEmpty() ? "" : ", sector: " + sector, language)).get("businessImpact");
        return cast(model);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object map) {
        return (Map<String, Object>) map;
    }

    private static Map<String, Object> service(Map<String, Object> impact, String id) {
        return ((List<?>) impact.get("services")).stream().map(BusinessImpactTest::cast)
                .filter(s -> id.equals(cast(s.get("service")).get("id"))).findFirst().orElseThrow();
    }

    private static List<Object> column(Map<String, Object> service, String area) {
        return pluck(service.get("impacts"), i -> i.get(area));
    }

    @Test
    void theCriticalitySetsTheImpactOnOperationsOverTimeAndTheMaximumTolerableOutage() {
        Map<String, Object> impact = impact("en", "");
        assertThat(impact.get("checkpoints")).isEqualTo(List.of("1 hour", "4 hours", "1 day", "1 week"));
        assertThat(service(impact, "record").get("levels")).isEqualTo(List.of("Moderate", "Major", "Severe", "Severe"));
        assertThat(service(impact, "record")).containsEntry("mto", "8 hours").containsEntry("mtoHours", 8);
        assertThat(service(impact, "mail").get("levels")).isEqualTo(List.of("Minor", "Moderate", "Major", "Severe"));
        assertThat(service(impact, "mail")).containsEntry("mto", "2 days");
        assertThat(service(impact, "portal").get("levels")).isEqualTo(List.of("Minor", "Minor", "Moderate", "Major"));
        assertThat(service(impact, "portal")).containsEntry("mto", "1 week");
        // The rule's own recovery time lies well inside the maximum tolerable outage of each criticality.
        // Up to the maximum tolerable outage the impact is not yet severe.
        for (Criticality c : Criticality.values()) {
            assertThat(c.rtoHours()).isLessThan(BigDecimal.valueOf(c.mtoHours()));
            assertThat(c.impactOverTime()).hasSameSizeAs(Criticality.IMPACT_CHECKPOINT_HOURS);
            for (int i = 0; i < Criticality.IMPACT_CHECKPOINT_HOURS.size(); i++) {
                if (Criticality.IMPACT_CHECKPOINT_HOURS.get(i) <= c.mtoHours()) {
                    assertThat(c.impactOverTime().get(i)).as("%s after %d hours", c, Criticality.IMPACT_CHECKPOINT_HOURS.get(i))
                            .isNotEqualTo(ImpactLevel.SEVERE);
                }
            }
        }
        assertThat(pluck(impact.get("rules"), r -> r.get("mto"))).containsExactly("8 hours", "2 days", "1 week");
    }

    @Test
    void obligationsCompareTheOutageWithTheDowntimeTheTargetAllowsInAMonthAndAYear() {
        Map<String, Object> impact = impact("en", "");
        // 99.9% round the clock allows 44 min a month and 8 h 46 min a year.
        assertThat(column(service(impact, "record"), "obligations")).containsExactly(
                "Availability target of the month missed (allowance 44 min): a breach of the service level agreement",
                "Availability target of the month missed (allowance 44 min): a breach of the service level agreement",
                "More than the target allows in a whole year (8 h 46 min): the agreed availability cannot be achieved this year",
                "More than the target allows in a whole year (8 h 46 min): the agreed availability cannot be achieved this year");
        // 99.5% over 40 hours a week allows 52 min a month and 10 h 26 min a year; one day of outage is a day of service
        // hours (5.7 hours), within the year's allowance, but a week of them (40 hours) is not.
        assertThat(column(service(impact, "mail"), "obligations")).containsExactly(
                "Availability target of the month missed (allowance 52 min): a breach of the service level agreement",
                "Availability target of the month missed (allowance 52 min): a breach of the service level agreement",
                "Availability target of the month missed (allowance 52 min): a breach of the service level agreement",
                "More than the target allows in a whole year (10 h 26 min): the agreed availability cannot be achieved this year");
        // Hours in no form that can be read: the share of the agreed hours.
        assertThat(column(service(impact, "portal"), "obligations"))
                .containsOnly("Counted at the monthly report against the allowance of 2% of the agreed service hours");
        assertThat(BusinessImpact.serviceHours(24, OptionalDouble.of(40))).isCloseTo(40.0 / 7, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(BusinessImpact.serviceHours(4, OptionalDouble.of(40))).isEqualTo(4.0);
        assertThat(BusinessImpact.serviceHours(168, OptionalDouble.of(168))).isEqualTo(168.0);
    }

    @Test
    void reputationFollowsOperationsWhenTheOutageIsWidelySeenAndStaysOneLevelLowerOtherwise() {
        Map<String, Object> impact = impact("en", "");
        // Three internal customers: widely seen.
        assertThat(service(impact, "record")).containsEntry("widelySeen", true);
        assertThat(column(service(impact, "record"), "reputation")).containsExactly("Moderate", "Major", "Severe", "Severe");
        // One internal customer: one level lower, never below minor.
        assertThat(service(impact, "mail")).containsEntry("widelySeen", false);
        assertThat(column(service(impact, "mail"), "reputation")).containsExactly("Minor", "Minor", "Moderate", "Major");
        // One external customer: widely seen.
        assertThat(column(service(impact, "portal"), "reputation")).containsExactly("Minor", "Minor", "Moderate", "Major");
        assertThat(service(impact, "portal")).containsEntry("widelySeen", true);
    }

    @Test
    void theRecoveryObjectivesAreTheServicesOwnAndAreCheckedAgainstTheMaximumTolerableOutage() {
        Map<String, Object> impact = impact("en", "");
        assertThat(cast(service(impact, "record").get("service"))).containsEntry("rto", "4 hours").containsEntry("rpo", "1 hour");
        assertThat(service(impact, "record")).containsEntry("rtoWithinMto", true);
        // A recovery time of its own longer than the maximum tolerable outage (and than the rule) is shown as such.
        assertThat(cast(service(impact, "slow").get("service"))).containsEntry("rto", "10 hours").containsEntry("rtoSource", "service");
        assertThat(service(impact, "slow")).containsEntry("rtoWithinMto", false);
    }

    @Test
    void theScaleSpeaksInTheProvidersVoiceAndTheSetsLanguage() {
        assertThat(BusinessImpact.voice("healthcare", true)).isEqualTo("healthcare");
        assertThat(BusinessImpact.voice(null, true)).isEqualTo("inHouse");
        assertThat(BusinessImpact.voice("saas", false)).isEqualTo("external");

        Map<String, Object> healthcare = impact("en", "healthcare");
        assertThat(healthcare).containsEntry("voice", "healthcare").containsEntry("area", "patient care and clinical work");
        assertThat(pluck(healthcare.get("scale"), l -> l.get("meaning")).get(3).toString()).contains("Patients may come to harm")
                .contains("Clinic IT cannot meet its duty of care");
        Map<String, Object> external = impact("en", "");
        assertThat(external).containsEntry("voice", "external").containsEntry("area", "the customers' business");

        Map<String, Object> german = impact("de", "");
        assertThat(german.get("checkpoints")).isEqualTo(List.of("1 Stunde", "4 Stunden", "1 Tag", "1 Woche"));
        assertThat(service(german, "record").get("levels")).isEqualTo(List.of("Mäßig", "Erheblich", "Schwerwiegend", "Schwerwiegend"));
        assertThat(service(german, "mail")).containsEntry("mto", "2 Tage");
        assertThat(column(service(german, "portal"), "obligations"))
                .containsOnly("Wird im Monatsbericht mit der zulässigen Ausfallzeit von 2\u00a0% der vereinbarten Servicezeit verglichen");
    }
}
