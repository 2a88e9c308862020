package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.ServiceHours;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** German service hours are read as well as English ones. */
class ServiceHoursGermanTest {

    @Test
    void germanDayNamesAndDashes() {
        assertThat(ServiceHours.perWeek("Mo–Fr 07:00–19:00 Uhr")).hasValue(60.0);
        assertThat(ServiceHours.perWeek("Mo-Fr 08:00-18:00, Sa 09:00-13:00")).hasValue(54.0);
        assertThat(ServiceHours.perWeek("täglich 06:00-22:00")).hasValue(112.0);
        assertThat(ServiceHours.perWeek("Mon-Fri 08:00-18:00")).hasValue(50.0);
    }
}
