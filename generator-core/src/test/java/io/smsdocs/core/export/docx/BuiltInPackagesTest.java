package io.smsdocs.core.export.docx;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prebuilt package templates of the built-in style must be, byte for byte, what POI builds for the same
 * organisation and words: else a DOCX would change with the way it was made. After a change to the built-in styles,
 * numbering, page or header and footer this test fails; refresh the resources with
 * {@code mvn -pl generator-core test -Dtest=BuiltInPackagesTest -Dgolden.update=true} and review the diff.
 */
class BuiltInPackagesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void theStoredTemplatesAreWhatPoiBuildsToday() throws Exception {
        for (String language : BuiltInPackages.LANGUAGES) {
            if (Boolean.getBoolean("golden.update")) {
                BuiltInPackages.write(RESOURCES, language);
            }
            DocxLabels words = new DocxLabels("", "Page", "of");
            assertSame(BuiltInPackages.find("Northwind Managed Services Ltd", words, language),
                    PackageTemplate.build("Northwind Managed Services Ltd", null, null, words, language), language);
        }
    }

    @Test
    void anyPlainOrganisationAndWordsGiveTheBytesPoiWrites() {
        List<String> organisations = List.of("Harbour City Hospital IT", "Ärztekammer Zürich (IT-Dienste)", "Société Générale – DSI",
                "Συστήματα ΑΕ", "株式会社サンプル", "A", "ACME 2.0: Cloud/Hosting, Inc.", "Stadtwerke Köln GmbH & Co. KG".replace(" &", ""));
        for (String language : BuiltInPackages.LANGUAGES) {
            for (DocxLabels words : List.of(new DocxLabels("Contents", "Page", "of"), new DocxLabels("Inhalt", "Seite", "von"),
                    new DocxLabels("Sommaire", "Page", "sur"))) {
                for (String organisation : organisations) {
                    assertThat(BuiltInPackages.plain(organisation)).as(organisation).isTrue();
                    assertSame(BuiltInPackages.find(organisation, words, language),
                            PackageTemplate.build(organisation, null, null, words, language), language + " " + organisation);
                }
            }
        }
    }

    @Test
    void textThatXmlEscapesOrSpacesAtTheEndsIsLeftToPoi() {
        DocxLabels words = new DocxLabels("Contents", "Page", "of");
        for (String organisation : List.of("Smith & Sons", "<b>Bold</b> Ltd", "Say \"hi\" Ltd", "St Mary's IT", " Padded Ltd",
                "Padded Ltd ", "", "Tab\tLtd", "Emoji \uD83D\uDE00 Ltd")) {
            assertThat(BuiltInPackages.find(organisation, words, BuiltInPackages.LANGUAGES.get(0))).as(organisation).isNull();
        }
        assertThat(BuiltInPackages.find("Plain Ltd", new DocxLabels("Contents", "Page ", "of"), "en-GB")).isNull();
        assertThat(BuiltInPackages.find("Plain Ltd", words, "fr-FR")).as("no prebuilt template for French").isNull();
    }

    private static void assertSame(PackageTemplate prebuilt, PackageTemplate poi, String what) {
        assertThat(prebuilt).as(what).isNotNull();
        assertThat(prebuilt.parts().keySet()).as(what).containsExactlyElementsOf(poi.parts().keySet());
        for (Map.Entry<String, byte[]> part : poi.parts().entrySet()) {
            if (part.getKey().equals(PackageTemplate.CORE)) {
                continue; // POI stamps its creation time; every document gets its own core properties instead
            }
            assertThat(new String(prebuilt.parts().get(part.getKey()), StandardCharsets.UTF_8)).as(what + " " + part.getKey())
                    .isEqualTo(new String(part.getValue(), StandardCharsets.UTF_8));
            assertThat(prebuilt.parts().get(part.getKey())).as(what + " " + part.getKey()).isEqualTo(part.getValue());
        }
        assertThat(prebuilt.bulletAbstractId()).isEqualTo(poi.bulletAbstractId());
        assertThat(prebuilt.orderedAbstractId()).isEqualTo(poi.orderedAbstractId());
        assertThat(prebuilt.textWidth()).isEqualTo(poi.textWidth());
        assertThat(prebuilt.styleIds()).isEqualTo(poi.styleIds());
        assertThat(prebuilt.metrics()).isEqualTo(poi.metrics());
        assertThat(prebuilt.sectionXml()).isEqualTo(poi.sectionXml());
        assertThat(prebuilt.firstFreeRelationshipId()).isEqualTo(poi.firstFreeRelationshipId());
        assertThat(prebuilt.firstFreeMediaNumber()).isEqualTo(poi.firstFreeMediaNumber());
        assertThat(prebuilt.firstFreeNumId()).isEqualTo(poi.firstFreeNumId());
    }
}
