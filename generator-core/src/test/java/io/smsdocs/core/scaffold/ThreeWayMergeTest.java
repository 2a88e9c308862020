package io.smsdocs.core.scaffold;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ThreeWayMergeTest {

    private static final ThreeWayMerge.Labels LABELS = new ThreeWayMerge.Labels("yours", "old base", "new base");
    private static final List<String> BASE = List.of("# Purpose", "text", "## Scope", "scope text", "## Roles", "roles text");

    @Test
    void takesTheUpstreamChangeWhereOnlyUpstreamChangedAndKeepsYoursElsewhere() {
        List<String> yours = List.of("# Purpose", "our own text", "## Scope", "scope text", "## Roles", "roles text");
        List<String> theirs = List.of("# Purpose", "text", "## Scope", "scope text", "## Roles", "roles text", "## Records", "records text");

        ThreeWayMerge.Result merged = ThreeWayMerge.merge(BASE, yours, theirs, LABELS);

        assertThat(merged.conflicts()).isZero();
        assertThat(merged.theirChanges()).isEqualTo(1);
        assertThat(merged.lines()).containsExactly("# Purpose", "our own text", "## Scope", "scope text", "## Roles", "roles text",
                "## Records", "records text");
    }

    @Test
    void theSameChangeOnBothSidesIsTakenOnce() {
        List<String> both = List.of("# Purpose", "text", "## Scope", "new scope text", "## Roles", "roles text");

        ThreeWayMerge.Result merged = ThreeWayMerge.merge(BASE, both, both, LABELS);

        assertThat(merged.conflicts()).isZero();
        assertThat(merged.lines()).isEqualTo(both);
    }

    @Test
    void differentChangesOfTheSameLinesAreAConflictWithAllThreeVersions() {
        List<String> yours = List.of("# Purpose", "text", "## Scope", "our scope", "## Roles", "roles text");
        List<String> theirs = List.of("# Purpose", "text", "## Scope", "their scope", "## Roles", "new roles text");

        ThreeWayMerge.Result merged = ThreeWayMerge.merge(BASE, yours, theirs, LABELS);

        assertThat(merged.conflicts()).isEqualTo(1);
        assertThat(merged.text()).isEqualTo(String.join("\n", "# Purpose", "text", "## Scope",
                "<<<<<<< yours", "our scope", "||||||| old base", "scope text", "=======", "their scope", ">>>>>>> new base",
                "## Roles", "new roles text") + "\n");
    }

    @Test
    void nothingChangedUpstreamGivesYoursUnchanged() {
        List<String> yours = List.of("# Purpose", "ours", "## Scope", "scope text");

        ThreeWayMerge.Result merged = ThreeWayMerge.merge(BASE, yours, BASE, LABELS);

        assertThat(merged.conflicts()).isZero();
        assertThat(merged.theirChanges()).isZero();
        assertThat(merged.lines()).isEqualTo(yours);
    }
}
