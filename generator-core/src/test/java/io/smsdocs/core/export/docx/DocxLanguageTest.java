package io.smsdocs.core.export.docx;

import io.smsdocs.core.export.FixedZip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text is marked with the set's language (sms.language), for Word's spelling, grammar and hyphenation,
 * also under a house style whose document defaults name another language; German sets hyphenate.
 */
class DocxLanguageTest {

    @TempDir
    Path dir;

    @Test
    void twoLetterCodesBecomeWordLanguageTags() {
        assertThat(DocxLanguage.tag("de")).isEqualTo("de-DE");
        assertThat(DocxLanguage.tag("en")).isEqualTo("en-GB");
        assertThat(DocxLanguage.tag("FR")).isEqualTo("fr-FR");
        assertThat(DocxLanguage.tag("sv")).isEqualTo("sv-SE");
        assertThat(DocxLanguage.tag("xx")).isEqualTo("xx");
        assertThat(DocxLanguage.tag(null)).isEqualTo("en-GB");
        assertThat(DocxLanguage.hyphenates("de-DE")).isTrue();
        assertThat(DocxLanguage.hyphenates("en-GB")).isFalse();
    }

    /** The consultant's house style (harbour pack) says en-GB in its document defaults: the German set still is de-DE. */
    @Test
    void aGermanSetIsGermanThroughoutAndHyphenates() throws IOException {
        Map<String, byte[]> documents = OoxmlSchemaTest.generateDocx(Path.of("../samples/consultant-pack/client/src/sms/sms.yaml"),
                true, dir.resolve("de"));
        assertThat(documents).isNotEmpty();
        documents.forEach((document, docx) -> {
            Map<String, byte[]> parts = FixedZip.read(docx);
            parts.forEach((part, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8)).as("%s » %s", document, part)
                    .doesNotContain("en-GB"));
            assertThat(text(parts, "word/styles.xml")).as(document).contains("<w:lang w:val=\"de-DE\"/>");
            assertThat(text(parts, "word/settings.xml")).as(document).contains("<w:autoHyphenation/>");
        });
    }

    @Test
    void anEnglishSetIsBritishEnglishAndDoesNotHyphenate() throws IOException {
        Map<String, byte[]> documents = OoxmlSchemaTest.generateDocx(Path.of("../samples/northwind/src/sms/sms.yaml"), false,
                dir.resolve("en"));
        assertThat(documents).isNotEmpty();
        documents.forEach((document, docx) -> {
            Map<String, byte[]> parts = FixedZip.read(docx);
            assertThat(text(parts, "word/styles.xml")).as(document).contains("<w:lang w:val=\"en-GB\"/>").doesNotContain("de-DE");
            assertThat(text(parts, "word/settings.xml")).as(document).doesNotContain("autoHyphenation");
        });
    }

    /** A style of the reference that names a language for its text gets the set's; its East Asian language stays. */
    @Test
    void aReferenceStyleWithALanguageOfItsOwnTakesTheSetsLanguage() throws Exception {
        Path reference = dir.resolve("house.docx");
        try (var house = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             var out = java.nio.file.Files.newOutputStream(reference)) {
            var styles = house.createStyles();
            styles.setSpellingLanguage("en-US");
            var quote = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
            quote.setStyleId("Quote");
            quote.addNewName().setVal("Quote");
            var lang = quote.addNewRPr().addNewLang();
            lang.setVal("fr-FR");
            lang.setEastAsia("ja-JP");
            styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(quote, styles));
            house.write(out);
        }
        String descriptor = DocxFixture.DESCRIPTOR.replace("sms:\n", "sms:\n  language: de\n");
        assertThat(descriptor).contains("language: de");
        byte[] docx = DocxFixture.docx("# Plan\n\n> zitiert\n", descriptor, dir, reference);
        String styles = text(FixedZip.read(docx), "word/styles.xml");
        assertThat(styles).doesNotContain("en-US").doesNotContain("fr-FR").contains("w:val=\"de-DE\"").contains("w:eastAsia=\"ja-JP\"");
        assertThat(OoxmlSchema.validate(docx)).isEmpty();
    }

    private static String text(Map<String, byte[]> parts, String name) {
        return new String(parts.get(name), StandardCharsets.UTF_8);
    }
}
