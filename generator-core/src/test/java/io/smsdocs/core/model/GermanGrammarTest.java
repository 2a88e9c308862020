package io.smsdocs.core.model;

import io.smsdocs.core.model.GermanGrammar.Gender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GermanGrammarTest {

    private static final Map<String, String> LEXICON = Map.of("gender.leitung", "f", "gender.manager", "m", "gender.managerin", "f",
            "gender.leiterin", "f", "gender.leiter", "m", "gender.team", "n", "gender.management", "n");

    /** The expected forms, one row per gender: the article by case, the indefinite article, the pronouns. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // gender,  der, des, dem, den, ein,  einem, einen, er,  ihn, ihm,   sein, adjDer, adjDen
            "MASCULINE, der, des, dem, den, ein,  einem, einen, er,  ihn, ihm,   sein, e,      en",
            "FEMININE,  die, der, der, die, eine, einer, eine,  sie, sie, ihr,   ihr,  e,      e",
            "NEUTER,    das, des, dem, das, ein,  einem, ein,   es,  es,  ihm,   sein, e,      e",
            "PLURAL,    die, der, den, die, '',   '',    '',    sie, sie, ihnen, ihr,  en,     en"
    })
    void eachGenderHasItsArticlesAndPronouns(Gender gender, String der, String des, String dem, String den, String ein, String einem,
                                             String einen, String er, String ihn, String ihm, String sein, String adjDer, String adjDen) {
        Map<String, String> forms = GermanGrammar.forms(gender);
        assertThat(forms).containsEntry("der", der).containsEntry("des", des).containsEntry("dem", dem).containsEntry("den", den)
                .containsEntry("ein", ein).containsEntry("einem", einem).containsEntry("einen", einen)
                .containsEntry("er", er).containsEntry("ihn", ihn).containsEntry("ihm", ihm).containsEntry("sein", sein)
                .containsEntry("adjDer", adjDer).containsEntry("adjDen", adjDen);
        assertThat(forms.get("Der")).isEqualTo(der.substring(0, 1).toUpperCase() + der.substring(1));
        assertThat(forms.get("Er")).isEqualTo(er.substring(0, 1).toUpperCase() + er.substring(1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Oberste Leitung, FEMININE",
            "Servicemanagement-Team, NEUTER",
            "IT-Service-Manager, MASCULINE",
            "IT-Service-Managerin, FEMININE",
            "Leiterin IT-Betrieb, FEMININE",
            "Leiter Site Reliability, MASCULINE",
            "Top-Management, NEUTER",
            "Head of IT Service Management, MASCULINE",
            "Chief Information Officer, MASCULINE",
            "Qualitätskoordination, MASCULINE"
    })
    void theGenderOfATitleComesFromItsHeadNoun(String title, Gender expected) {
        // "Qualitätskoordination" is not in this small lexicon: an unknown title takes the masculine forms.
        assertThat(GermanGrammar.genderOf(title, null, false, LEXICON)).isEqualTo(expected);
    }

    /** The title declined after a definite article: nominative, genitive, dative, accusative. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Oberste Leitung,     FEMININE,  Oberste Leitung,  Obersten Leitung, Obersten Leitung,  Oberste Leitung",
            "Leitender Ingenieur, MASCULINE, Leitender Ingenieur, Leitender Ingenieur, Leitender Ingenieur, Leitender Ingenieur",
            "Zentrale IT,         FEMININE,  Zentrale IT,      Zentralen IT,     Zentralen IT,      Zentrale IT",
            "Bereichsleiter,      PLURAL,    Bereichsleiter,   Bereichsleiter,   Bereichsleitern,   Bereichsleiter",
            "Servicemanagement-Team, NEUTER, Servicemanagement-Team, Servicemanagement-Team, Servicemanagement-Team, Servicemanagement-Team",
            "Service Desk Lead,   MASCULINE, Service Desk Lead, Service Desk Lead, Service Desk Lead, Service Desk Lead"
    })
    void theTitleItselfIsDeclinedWhereGermanNeedsIt(String title, Gender gender, String nominative, String genitive, String dative,
                                                    String accusative) {
        // "Leitender Ingenieur" is written in its strong form already: only a weak "-e" adjective is declined.
        Map<String, String> forms = GermanGrammar.forms(gender, title);
        assertThat(forms).containsEntry("titleDer", nominative).containsEntry("titleDes", genitive)
                .containsEntry("titleDem", dative).containsEntry("titleDen", accusative);
    }

    @Test
    void theDescriptorDecidesWhereItSays() {
        assertThat(GermanGrammar.genderOf("Chief Information Officer", "f", false, LEXICON)).isEqualTo(Gender.FEMININE);
        assertThat(GermanGrammar.genderOf("Bereichsleiter", null, true, LEXICON)).isEqualTo(Gender.PLURAL);
        assertThat(GermanGrammar.genderOf("Servicemanagement-Team", "m", false, LEXICON)).isEqualTo(Gender.MASCULINE);
    }

    @Test
    void serviceHoursReadGermanInAGermanSetAndAsWrittenInAnEnglishOne() {
        Map<String, String> german = Map.of("hours.roundTheClock", "rund um die Uhr", "hours.segment", "{0} {1}–{2} Uhr",
                "hours.day.mon", "Mo.", "hours.day.fri", "Fr.", "hours.day.sat", "Sa.", "hours.day.daily", "täglich");
        assertThat(ServiceHoursText.of("Mon-Fri 07:30-18:30", german)).isEqualTo("Mo.–Fr. 07:30–18:30 Uhr");
        assertThat(ServiceHoursText.of("Mon-Fri 7:30-18:30, Sat 08:00-12:00", german)).isEqualTo("Mo.–Fr. 07:30–18:30 Uhr, Sa. 08:00–12:00 Uhr");
        assertThat(ServiceHoursText.of("24x7", german)).isEqualTo("rund um die Uhr");
        assertThat(ServiceHoursText.of("daily 06:00-22:00", german)).isEqualTo("täglich 06:00–22:00 Uhr");
        assertThat(ServiceHoursText.of("by arrangement", german)).isEqualTo("by arrangement");
        assertThat(ServiceHoursText.of("Mon-Fri 07:30-18:30", Map.of())).isEqualTo("Mon-Fri 07:30-18:30");
    }

    @Test
    void referencesAreNumberedWithinTheirKindInTheSetsLanguage() {
        assertThat(ReadableRefs.of("objective", 3, Map.of("ref.objective", "Z-{0}"))).isEqualTo("Z-03");
        assertThat(ReadableRefs.of("risk", 12, Map.of("ref.risk", "R-{0}"))).isEqualTo("R-12");
    }
}
