package io.smsdocs.core.programme;

import io.smsdocs.core.standard.Activity;
import io.smsdocs.core.standard.Stage;
import io.smsdocs.core.standard.ActivityCatalogue;
import io.smsdocs.core.standard.ClauseCatalogue;
import io.smsdocs.core.standard.ProcessCatalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityCatalogueTest {

    private final ActivityCatalogue catalogue = ActivityCatalogue.standard();

    @ParameterizedTest
    @ValueSource(strings = {"2018", "2011"})
    void everyActivityNamesClausesThatExistInTheEdition(String edition) {
        ClauseCatalogue clauses = ClauseCatalogue.forEdition(edition);
        for (Activity activity : catalogue.activities()) {
            assertThat(activity.clauses(edition)).as(activity.id()).allMatch(clauses::contains);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018", "2011"})
    void everyLeafClauseIsBuiltOutBySomeActivity(String edition) {
        ClauseStatuses statuses = new ClauseStatuses(ClauseCatalogue.forEdition(edition), Map.of());
        Set<String> covered = catalogue.activities().stream()
                .flatMap(a -> a.clauses(edition).stream())
                .flatMap(c -> statuses.leavesUnder(c).stream())
                .collect(Collectors.toSet());
        assertThat(statuses.allLeaves()).allMatch(covered::contains);
    }

    @Test
    void titlesWithCommasAreReadWhole() {
        assertThat(catalogue.find("P1-02").orElseThrow().title()).isEqualTo("Context, interested parties and risks");
        assertThat(catalogue.find("P1-05").orElseThrow().title()).isEqualTo("Roles, authorities and communication");
    }

    @Test
    void ownersAreSymbolicRolesOrKnownProcesses() {
        for (Activity activity : catalogue.activities()) {
            if (activity.ownerProcess() != null) {
                assertThat(ProcessCatalogue.ids()).as(activity.id()).contains(activity.ownerProcess());
            } else {
                assertThat(activity.owner()).as(activity.id()).isIn("top-management", "sms-manager");
            }
        }
    }

    @Test
    void hasAboutThirtyToFortyActivitiesInEveryStage() {
        assertThat(catalogue.activities()).hasSizeBetween(30, 45);
        assertThat(catalogue.activities().stream().map(Activity::stage).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Stage.values());
    }

    @Test
    void requiredOrderingsHold() {
        assertThat(before("P1-08", "P1-09")).as("configuration before change").isTrue();
        assertThat(before("P1-08", "P2-02")).as("configuration before release").isTrue();
        assertThat(before("P1-13", "P2-13")).as("service level management before service reporting").isTrue();
        assertThat(before("P1-03", "P1-04")).as("policy before scope").isTrue();
        assertThat(before("P1-04", "P1-06")).as("scope before SMS plan").isTrue();
        assertThat(before("P2-16", "P3-02")).as("audit programme before first internal audit").isTrue();
        assertThat(before("P3-02", "P3-03")).as("first internal audit before first management review").isTrue();
    }

    @Test
    void everyDependencyExistsAndComesEarlierInTheCatalogue() {
        List<String> ids = catalogue.ids();
        for (Activity activity : catalogue.activities()) {
            for (String dependency : activity.dependsOn()) {
                assertThat(ids.indexOf(dependency)).as(activity.id() + " -> " + dependency)
                        .isBetween(0, ids.indexOf(activity.id()) - 1);
            }
        }
    }

    /** True when {@code later} depends on {@code earlier}, directly or through other activities. */
    private boolean before(String earlier, String later) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new java.util.ArrayList<>(catalogue.find(later).orElseThrow().dependsOn());
        while (!todo.isEmpty()) {
            String id = todo.remove(0);
            if (id.equals(earlier)) {
                return true;
            }
            if (seen.add(id)) {
                todo.addAll(catalogue.find(id).orElseThrow().dependsOn());
            }
        }
        return false;
    }
}
