package io.smsdocs.core.problem;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTest {

    @Test
    void aValueWithLineBreaksStillGivesOneLine() {
        Problem problem = Problem.error(new SourceLocation("src/sms/sms.yaml", 6, 12),
                "sms.edition has the value '2018\nsecond line\r\nthird', expected one of: 2018, 2011", "use one\rof them");

        assertThat(problem.format()).isEqualTo("src/sms/sms.yaml:6:12: sms.edition has the value '2018\\nsecond line\\nthird',"
                + " expected one of: 2018, 2011; use one\\nof them");
    }
}
