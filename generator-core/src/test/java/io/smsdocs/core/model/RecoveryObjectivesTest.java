package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.model.Recovery;
import io.smsdocs.core.descriptor.model.Service;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A service's recovery objectives: its own where given, otherwise its criticality's rule. */
class RecoveryObjectivesTest {

    @Test
    void withoutObjectivesOfItsOwnTheServiceTakesItsCriticalitysRule() {
        RecoveryObjectives high = RecoveryObjectives.of(service("high", null, null));
        assertThat(high.rtoHours()).isEqualByComparingTo("4");
        assertThat(high.rpoHours()).isEqualByComparingTo("1");
        assertThat(high.rtoOwn()).isFalse();
        assertThat(high.rpoOwn()).isFalse();
        assertThat(RecoveryObjectives.of(service("low", null, null)).rtoHours()).isEqualByComparingTo("24");
        // A value outside the three is treated as medium.
        assertThat(RecoveryObjectives.of(service("urgent", null, null)).rtoHours()).isEqualByComparingTo("8");
    }

    @Test
    void itsOwnObjectivesReplaceTheRuleOneByOne() {
        RecoveryObjectives own = RecoveryObjectives.of(service("high", "2", null));
        assertThat(own.rtoHours()).isEqualByComparingTo("2");
        assertThat(own.rtoOwn()).isTrue();
        assertThat(own.rpoHours()).isEqualByComparingTo("1");
        assertThat(own.rpoOwn()).isFalse();
    }

    @Test
    void onlyAnObjectiveOfItsOwnCanBeWeakerThanTheRule() {
        assertThat(RecoveryObjectives.of(service("high", "24", "4")).rtoWeakerThanRule()).isTrue();
        assertThat(RecoveryObjectives.of(service("high", "24", "4")).rpoWeakerThanRule()).isTrue();
        assertThat(RecoveryObjectives.of(service("high", "4", "1")).rtoWeakerThanRule()).isFalse();
        assertThat(RecoveryObjectives.of(service("high", "4", "1")).rpoWeakerThanRule()).isFalse();
        assertThat(RecoveryObjectives.of(service("medium", "8", "0")).rtoWeakerThanRule()).isFalse();
        assertThat(RecoveryObjectives.of(service("low", null, null)).rtoWeakerThanRule()).isFalse();
    }

    private static Service service(String criticality, String rto, String rpo) {
        return new Service("s", "S", "", "owner", List.of(), List.of(), "24x7", new BigDecimal("99.5"), criticality, null,
                false, List.of(), null, new Recovery(rto == null ? null : new BigDecimal(rto), rpo == null ? null : new BigDecimal(rpo),
                null, List.of()));
    }
}
