package io.smsdocs.core.descriptor;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class CriticalityRuleTest {

    @ParameterizedTest(name = "{0} at {1} % with {2} external customers is {3}")
    @CsvSource(delimiter = '|', value = {
            "24x7                | 99.95 | 0 | high",
            "Mon-Fri 08:00-18:00 | 99.9  | 0 | high",
            "24x7                | 99.5  | 0 | high",
            "24x7                | 99    | 0 | medium",
            "Mon-Fri 08:00-18:00 | 99.5  | 3 | high",
            "Mon-Fri 08:00-18:00 | 99.5  | 2 | medium",
            "Mon-Fri 08:00-18:00 | 98    | 5 | low",
            "24x7                | 98    | 0 | medium",
            "whenever staffed    | 98.5  | 0 | low"})
    void derivesCriticalityFromWhatTheServiceCommitsTo(String hours, String target, int external, String expected) {
        assertThat(CriticalityRule.derive(hours, new BigDecimal(target), external)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"15 minutes|15", "4 hours|240", "3 working days|1440", "1 day|1440", "4 Stunden|240",
            "1 Arbeitstag|480", "10 Arbeitstagen|4800", "1.5 h|90", "30 min|30"})
    void readsPriorityTargetsInMinutes(String text, long minutes) {
        assertThat(DurationText.minutes(text)).hasValue(minutes);
    }

    @org.junit.jupiter.api.Test
    void leavesTargetsInNoKnownFormUnread() {
        assertThat(DurationText.minutes("next business morning")).isEmpty();
        assertThat(DurationText.minutes(null)).isEmpty();
    }
}
