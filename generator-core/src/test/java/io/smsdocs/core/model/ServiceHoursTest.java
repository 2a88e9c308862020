package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.ServiceHours;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceHoursTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "24x7; 168",
            "24/7; 168",
            "24x7 including public holidays; 168",
            "24x7x365; 168",
            "Mon-Fri 08:00-18:00; 50",
            "Mon-Fri 07:00-19:00, Sat 09:00-13:00; 64",
            "Daily 08:00-20:00; 84",
            "Sat-Sun 10:00-14:00; 8",
            "Fri-Mon 09:00-10:00; 4",
            "office hours; -1",
            "Mon-Fri 18:00-08:00; -1"
    })
    void readsWeeklyHours(String text, double expected) {
        var weekly = ServiceHours.perWeek(text);
        if (expected < 0) {
            assertThat(weekly).isEmpty();
        } else {
            assertThat(weekly).hasValue(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "24x7; 99.9; 44 min",
            "24x7; 99.5; 3 h 39 min",
            "Mon-Fri 08:00-18:00; 99.5; 1 h 5 min",
            "office hours; 99.5; 0.5% of the agreed service hours"
    })
    void statesAllowedDowntimePerMonth(String hours, String target, String expected) {
        assertThat(ServiceHours.allowedDowntimePerMonth(hours, new BigDecimal(target))).isEqualTo(expected);
    }
}
