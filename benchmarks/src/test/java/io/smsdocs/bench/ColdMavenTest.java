package io.smsdocs.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ColdMavenTest {

    @Test
    void readsTheChildrensCpuTimeFromBashTimes() {
        assertThat(ColdMaven.childCpuMs("0m3.521s 0m0.412s")).isCloseTo(3933.0, within(0.001));
        assertThat(ColdMaven.childCpuMs("1m2.000s 0m0.250s")).isCloseTo(62250.0, within(0.001));
        assertThat(ColdMaven.childCpuMs("3.5 0.4")).isNaN();
    }

    @Test
    void timesACommandWithItsCpu() throws Exception {
        ColdMaven.Timed timed = ColdMaven.timed(List.of("bash", "-c", "i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done"));
        assertThat(timed).isNotNull();
        assertThat(timed.wallMs()).isPositive();
        assertThat(timed.cpuMs()).isGreaterThan(0.0);
        assertThat(ColdMaven.timed(List.of("bash", "-c", "exit 3"))).isNull();
    }
}
