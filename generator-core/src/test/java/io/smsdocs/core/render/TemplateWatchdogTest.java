package io.smsdocs.core.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each document sets an alarm; the alarm of a document rendered in time is gone from the timer at once. */
class TemplateWatchdogTest {

    @Test
    void anAlarmLeavesTheTimerWhenItsRenderingEndsInTime() throws Exception {
        TemplateWatchdog watchdog = new TemplateWatchdog();
        int[] rendered = new int[1];
        for (int i = 0; i < 1_000; i++) {
            watchdog.run(() -> rendered[0]++);
        }
        assertThat(rendered[0]).isEqualTo(1_000);
        assertThat(TemplateWatchdog.pendingAlarms()).isZero();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }
}
