package io.smsdocs.core.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.smsdocs.core.standard.Activity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CertificationEditionTest {

    @Test
    void aSetDocumentedTo2011IsCertifiedThroughATransitionTo2018() {
        CertificationEdition edition = CertificationEdition.of("2011");

        assertThat(edition.transition()).isTrue();
        assertThat(edition.certifiedStandard()).isEqualTo("ISO/IEC 20000-1:2018");
    }

    @Test
    void aSetDocumentedTo2018NeedsNoTransition() {
        assertThat(CertificationEdition.of("2018").transition()).isFalse();
        assertThat(CertificationEdition.of("2018").certifiedStandard()).isEqualTo("ISO/IEC 20000-1:2018");
    }

    @Test
    void noTwoThousandElevenCertificateOutlivesTheTransition() {
        // The facts the roadmap states, in the order they happened.
        assertThat(CertificationEdition.TRANSITION_START).isBefore(CertificationEdition.NEW_CERTIFICATES_ON_CURRENT);
        assertThat(CertificationEdition.NEW_CERTIFICATES_ON_CURRENT).isBefore(CertificationEdition.LAST_DAY_OF_2011_CERTIFICATES);
        assertThat(CertificationEdition.LAST_DAY_OF_2011_CERTIFICATES).isEqualTo(LocalDate.of(2021, 9, 29));
    }
}
