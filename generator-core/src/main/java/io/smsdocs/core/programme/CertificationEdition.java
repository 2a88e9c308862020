package io.smsdocs.core.programme;

import java.time.LocalDate;

/**
 * The edition a certification audit is held against, which is not always the edition the SMS is documented
 * to: accredited certification moved to ISO/IEC 20000-1:2018 (reference, section 3), so an SMS still written
 * to 2011 is certified through a transition to 2018.
 *
 * @param smsEdition       the edition the document set follows
 * @param certifiedEdition the edition certificates are issued against today
 */
public record CertificationEdition(String smsEdition, String certifiedEdition) {

    /** Certificates are issued against this edition only. */
    public static final String CURRENT = "2018";
    /** The transition period to the 2018 edition began on this day. */
    public static final LocalDate TRANSITION_START = LocalDate.of(2018, 9, 30);
    /** From this day new certifications and recertifications used the 2018 edition. */
    public static final LocalDate NEW_CERTIFICATES_ON_CURRENT = LocalDate.of(2020, 3, 31);
    /** The last day a 2011 certificate was valid. */
    public static final LocalDate LAST_DAY_OF_2011_CERTIFICATES = LocalDate.of(2021, 9, 29);

    public static CertificationEdition of(String smsEdition) {
        return new CertificationEdition(smsEdition, CURRENT);
    }

    /** True when the SMS follows an edition no certificate is issued against any more. */
    public boolean transition() {
        return !smsEdition.equals(certifiedEdition);
    }

    /** "ISO/IEC 20000-1:2018": the standard named on the certificate. */
    public String certifiedStandard() {
        return "ISO/IEC 20000-1:" + certifiedEdition;
    }
}
