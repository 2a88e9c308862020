package io.smsdocs.core.export.redline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A redline between two versions of a real document, both rendered by the generator (see
 * {@link NorthwindVersions}): the Service Desk SLA before and after an availability target, a role title, a
 * resolution time and a customer changed.
 */
class RedlineTest {

    static final Redline.Author AUTHOR = new Redline.Author("Tom Fielding", Instant.parse("2026-09-01T14:30:15.250Z"));

    private static byte[] v1;
    private static byte[] v2;
    private static Redline.Result result;
    private static RedlineXml redline;

    @BeforeAll
    static void compare() {
        v1 = NorthwindVersions.v1("sla-service-desk");
        v2 = NorthwindVersions.v2("sla-service-desk");
        result = Redline.compare(v1, "v1/sla-service-desk.docx", v2, "v2/sla-service-desk.docx", AUTHOR);
        redline = new RedlineXml(result.docx());
    }

    @Test
    void theChangedTargetIsOneDeletedAndOneInsertedNumber() {
        assertThat(result.changed()).isTrue();
        assertThat(redline.texts("del")).contains("99.5");
        assertThat(redline.texts("ins")).contains("99.9");
        // the percent sign after it is unchanged text, kept bold as the new document has it
        assertThat(redline.paragraphXml("commits to an availability of"))
                .containsPattern("<w:ins [^>]*><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">99\\.9</w:t></w:r></w:ins>")
                .containsPattern("<w:del [^>]*><w:r><w:rPr><w:b/></w:rPr><w:delText xml:space=\"preserve\">99\\.5</w:delText></w:r></w:del>");
    }

    @Test
    void theChangedRoleTitleIsOneWordReplaced() {
        assertThat(redline.texts("del")).contains("Lead");
        assertThat(redline.texts("ins")).contains("Manager");
        assertThat(redline.texts("del")).doesNotContain("Service Desk Lead", "Service", "Desk");
    }

    @Test
    void everyChangeCarriesTheAuthorAndTheDateInUtcSeconds() {
        List<RedlineXml.Change> changes = redline.changes();
        assertThat(changes).isNotEmpty().allSatisfy(change -> {
            assertThat(change.author()).isEqualTo("Tom Fielding");
            assertThat(change.date()).isEqualTo("2026-09-01T14:30:15Z");
        });
        Set<String> ids = new HashSet<>();
        changes.forEach(change -> assertThat(ids.add(change.id())).as("id %s is unique", change.id()).isTrue());
    }

    @Test
    void aChangedTableCellIsComparedWordByWord() {
        // P2: 4 hours → 6 hours, in the incident targets table
        String row = redline.paragraphXml("6 hours");
        assertThat(row).containsPattern("<w:del [^>]*><w:r><w:delText xml:space=\"preserve\">4</w:delText></w:r></w:del>"
                + "<w:ins [^>]*><w:r><w:t xml:space=\"preserve\">6</w:t></w:r></w:ins>");
        // the version in the control table: 1.0 → 1.1, one token
        assertThat(redline.texts("del")).contains("1.0");
        assertThat(redline.texts("ins")).contains("1.1");
    }

    @Test
    void aReplacedCustomerIsADeletedAndAnInsertedRow() {
        List<RedlineXml.Change> rows = redline.changes().stream().filter(c -> c.on().equals("row")).toList();
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.kind()).isEqualTo("del");
            assertThat(row.text()).startsWith("Adventure Works Engineering Ltd").contains("Head of Operations");
        });
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.kind()).isEqualTo("ins");
            assertThat(row.text()).startsWith("Litware Inc").contains("Chief Information Officer");
        });
        // the new revision history row of version 1.1
        assertThat(rows).anySatisfy(row -> assertThat(row.text()).isEqualTo("1.12026-09-01Tom FieldingAvailability target 99.9 %"));
    }

    @Test
    void unchangedParagraphsAreLeftAsTheNewDocumentHasThem() {
        RedlineXml revised = new RedlineXml(v2);
        for (String unchanged : List.of("This agreement sets out what Service Desk provides", "Availability is calculated as:",
                "Response and resolution times count only time inside the service hours")) {
            assertThat(redline.paragraphXml(unchanged)).as(unchanged).isEqualTo(revised.paragraphXml(unchanged));
        }
    }

    @Test
    void theClauseNumberStaysOneTokenAndIsNotMarked() {
        // "8.3.3" is in every section's clause line; none of them changed, so no part of it is marked
        assertThat(redline.texts("ins")).noneMatch(text -> text.contains("8.3"));
        assertThat(redline.texts("del")).noneMatch(text -> text.contains("8.3"));
        assertThat(Tokenizer.tokens("clause 8.3.3 of SLA-02", java.util.Map.of()).stream().map(Token::key))
                .containsExactly("clause", " ", "8.3.3", " ", "of", " ", "SLA-02");
    }

    @Test
    void theTableOfContentsIsKeptAsTheNewOne() {
        // the TOC field's entries are its result, never diffed: no change falls between its begin and end
        String xml = RedlineXml.documentXml(result.docx());
        String toc = xml.substring(xml.indexOf("fldCharType=\"begin\""), xml.indexOf("fldCharType=\"end\""));
        assertThat(toc).doesNotContain("<w:ins ", "<w:del ");
    }

    @Test
    void countsAndSectionsSayWhatChangedWhere() {
        // at least: 99.9, Manager (twice or more), 6, 1.1, the Litware row, the revision row
        assertThat(result.insertions()).isGreaterThanOrEqualTo(7);
        // at least: 99.5, Lead, 4, 1.0, the Adventure Works row
        assertThat(result.deletions()).isGreaterThanOrEqualTo(5);
        assertThat(result.changedSections())
                .startsWith("Service Level Agreement: Service Desk") // the control table and the revision history, before the first heading
                .contains("Parties to this agreement", "Availability", "Incident response and resolution")
                .doesNotContain("Purpose", "Service hours")
                .doesNotHaveDuplicates();
    }

    @Test
    void theRedlineIsValidWordprocessingMl() {
        assertThat(DocumentSchema.errors(result.docx())).isEmpty();
    }

    @Test
    void sameInputsGiveTheSameBytes() {
        assertThat(Redline.compare(v1, v2, AUTHOR).docx()).isEqualTo(result.docx());
    }

    @Test
    void identicalDocumentsAreUnchanged() {
        Redline.Result same = Redline.compare(v2, v2, AUTHOR);
        assertThat(same.changed()).isFalse();
        assertThat(same.insertions()).isZero();
        assertThat(same.deletions()).isZero();
        assertThat(same.changedSections()).isEmpty();
        assertThat(new RedlineXml(same.docx()).changes()).isEmpty();
        assertThat(RedlineXml.documentXml(same.docx())).doesNotContain("<w:ins ", "<w:del ");
    }

    @Test
    void theNewDocumentsPartsAreKept() {
        var oldParts = io.smsdocs.core.export.FixedZip.read(v2);
        var newParts = io.smsdocs.core.export.FixedZip.read(result.docx());
        assertThat(newParts.keySet()).containsExactlyInAnyOrderElementsOf(oldParts.keySet());
        for (String part : oldParts.keySet()) {
            if (!part.equals("word/document.xml")) {
                assertThat(newParts.get(part)).as(part).isEqualTo(oldParts.get(part));
            }
        }
    }
}
