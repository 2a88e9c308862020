package io.smsdocs.core.export.docx;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Reopens a generated DOCX and checks its Word structure, not merely that a file exists. */
class DocxStructureTest {

    private static final String MARKDOWN = """
            # Service Management Plan

            | Document control | |
            |---|---|
            | Document ID | EXAMPLE-PLN-01 |
            | Version | 1.0 |

            ## Revision history

            | Version | Date | Author | Description |
            |---|---|---|---|
            | 1.0 | 2026-03-01 | Kim | First issue |

            <!-- smsdocs:end-of-front-matter -->

            ## Purpose

            Plain, **bold**, *italic* and `code`, with a [link to the policy](service-management-policy.md)
            and one to [the web](https://example.com/x).

            ### Steps

            1. First step
            2. Second step
               - nested bullet

            - a bullet
            - another bullet

            1. a new list starts at one

            ## Records

            | Record | Owner |
            |---|---|
            | Incident records | Service Desk Lead |
            | Problem records | Problem Manager |

            > Guidance: what an auditor looks for.

            ![Logo](images/logo.png)
            """;

    @TempDir
    static Path assets;

    static XWPFDocument document;

    @BeforeAll
    static void generate() throws IOException {
        Files.createDirectories(assets.resolve("images"));
        ImageIO.write(new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB), "png", assets.resolve("images/logo.png").toFile());
        String descriptor = DocxFixture.DESCRIPTOR.replace("shortName: Example}", "shortName: Example, logo: images/logo.png}");
        document = new XWPFDocument(new ByteArrayInputStream(DocxFixture.docx(MARKDOWN, descriptor, assets)));
    }

    private static List<XWPFParagraph> paragraphs(String style) {
        return document.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).toList();
    }

    @Test
    void headingsUseTitleAndHeadingStylesWithOutlineLevels() {
        assertThat(paragraphs("Title")).extracting(XWPFParagraph::getText).containsExactly("Service Management Plan");
        assertThat(paragraphs("Heading1")).extracting(XWPFParagraph::getText).containsExactly("Purpose", "Records");
        assertThat(paragraphs("Heading2")).extracting(XWPFParagraph::getText).containsExactly("Steps");
        // Front-matter headings stay out of the outline.
        assertThat(paragraphs("Subtitle")).extracting(XWPFParagraph::getText).containsExactly("Revision history");
        assertThat(document.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isZero();
        assertThat(document.getStyles().getStyle("Heading2").getCTStyle().getName().getVal()).isEqualTo("heading 2");
    }

    @Test
    void frontBlockOpensTheDocument() {
        XWPFTable control = document.getTables().get(0);
        assertThat(control.getRow(1).getCell(0).getText()).isEqualTo("Document ID");
        assertThat(control.getRow(1).getCell(1).getText()).isEqualTo("EXAMPLE-PLN-01");
        assertThat(control.getRow(2).getCell(1).getText()).isEqualTo("1.0");
        XWPFTable revisions = document.getTables().get(1);
        assertThat(revisions.getRow(0).getCell(3).getText()).isEqualTo("Description");
        assertThat(revisions.getRow(1).getCell(2).getText()).isEqualTo("Kim");
    }

    @Test
    void listsAreRealWordNumbering() {
        List<XWPFParagraph> listed = document.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();
        assertThat(listed).extracting(XWPFParagraph::getText).containsExactly("First step", "Second step", "nested bullet",
                "a bullet", "another bullet", "a new list starts at one");
        assertThat(listed.get(0).getNumFmt()).isEqualTo("decimal");
        assertThat(listed.get(2).getNumFmt()).isEqualTo("bullet");
        assertThat(listed.get(2).getNumIlvl().intValue()).isEqualTo(1);
        assertThat(listed.get(3).getNumFmt()).isEqualTo("bullet");
        // A second ordered list gets its own numbering instance, restarting at 1.
        assertThat(listed.get(5).getNumID()).isNotEqualTo(listed.get(0).getNumID());
        var restart = document.getNumbering().getNum(listed.get(5).getNumID()).getCTNum().getLvlOverrideArray(0);
        assertThat(restart.getStartOverride().getVal().intValue()).isEqualTo(1);
    }

    @Test
    void tablesHaveGridAndRepeatingHeaderRowThatKeepsWithTheFirstRow() {
        List<XWPFTable> tables = document.getTables();
        assertThat(tables).hasSize(3);
        XWPFTable records = tables.get(2);
        assertThat(records.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(2);
        assertThat(records.getRow(0).isRepeatHeader()).isTrue();
        assertThat(records.getRow(1).isRepeatHeader()).isFalse();
        assertThat(records.getRow(0).getCell(0).getParagraphs().get(0).getCTP().getPPr().isSetKeepNext()).isTrue();
        assertThat(records.getRow(1).getCell(0).getParagraphs().get(0).getCTP().getPPr().isSetKeepNext()).isFalse();
        assertThat(records.getRow(2).getCell(1).getText()).isEqualTo("Problem Manager");
    }

    /** Borders, header shading and bold come from the table style, so that a house style can change them. */
    @Test
    void everyTableTakesItsLookFromTheSmsTableStyle() {
        for (XWPFTable table : document.getTables()) {
            assertThat(table.getStyleID()).isEqualTo(DocxStyles.TABLE);
            String xml = table.getCTTbl().xmlText();
            assertThat(xml).doesNotContain("<w:tblBorders").doesNotContain("<w:shd").doesNotContain("<w:b/>");
            var look = table.getCTTbl().getTblPr().getTblLook();
            assertThat(String.valueOf(look.getFirstRow())).isIn("true", "1", "on");
        }
        var style = document.getStyles().getStyle(DocxStyles.TABLE);
        assertThat(style.getName()).isEqualTo("SMS Table");
        assertThat(style.getType()).hasToString("table");
        String definition = style.getCTStyle().xmlText();
        assertThat(definition).startsWith("<xml-fragment").doesNotContain("<w:style ")
                .contains("<w:tblBorders>").contains("w:color=\"" + DocxStyles.BORDER + "\"")
                .contains("<w:left w:w=\"85\" w:type=\"dxa\"/>");
        assertThat(definition.substring(definition.indexOf("<w:tblStylePr w:type=\"firstRow\">")))
                .contains("<w:b/>").contains("w:fill=\"" + DocxStyles.HEADER_FILL + "\"");
    }

    @Test
    void inlineFormattingAndLinks() throws Exception {
        XWPFParagraph purpose = document.getParagraphs().stream().filter(p -> p.getText().startsWith("Plain")).findFirst().orElseThrow();
        assertThat(purpose.getRuns().stream().filter(r -> r.isBold()).map(r -> r.text())).containsExactly("bold");
        assertThat(purpose.getRuns().stream().filter(r -> r.isItalic()).map(r -> r.text())).containsExactly("italic");
        assertThat(purpose.getRuns().stream().filter(r -> "Consolas".equals(r.getFontFamily())).map(r -> r.text())).containsExactly("code");
        List<String> targets = new java.util.ArrayList<>();
        document.getPackagePart().getRelationships().forEach(r -> {
            if (r.getRelationshipType().endsWith("/hyperlink")) {
                targets.add(r.getTargetURI().toString());
            }
        });
        assertThat(targets).containsExactly("service-management-policy.docx", "https://example.com/x");
    }

    @Test
    void tableOfContentsFieldAndUpdateOnOpen() {
        String body = document.getDocument().xmlText();
        assertThat(body).contains("TOC \\o \"1-3\" \\h \\z \\u");
        assertThat(paragraphs("TOC1")).extracting(XWPFParagraph::getText).containsExactly("Purpose", "Records");
        assertThat(paragraphs("TOC2")).extracting(XWPFParagraph::getText).containsExactly("Steps");
        assertThat(document.getSettings().getCTSettings().xmlText()).contains("updateFields");
        // The TOC sits between the front matter and the body.
        List<IBodyElement> elements = document.getBodyElements();
        int contents = indexOfText(elements, "Contents");
        assertThat(contents).isGreaterThan(indexOfText(elements, "Revision history"));
        assertThat(contents).isLessThan(indexOfText(elements, "Purpose"));
    }

    @Test
    void headerAndFooterCarryOrganisationIdLogoAndPageFields() {
        var header = document.getHeaderFooterPolicy().getDefaultHeader();
        assertThat(header.getText()).contains("Example Services Ltd").contains("EXAMPLE-PLN-01");
        assertThat(header.getAllPictures()).hasSize(1);
        var footer = document.getHeaderFooterPolicy().getDefaultFooter();
        String footerXml = footer._getHdrFtr().xmlText();
        assertThat(footer.getText()).contains("Confidential").contains("Page");
        assertThat(footerXml).contains("PAGE \\* MERGEFORMAT").contains("NUMPAGES \\* MERGEFORMAT");
    }

    @Test
    void imagesAreEmbeddedAndGuidanceHasItsOwnStyle() {
        assertThat(document.getAllPictures()).extracting(p -> p.getFileName()).anyMatch(n -> n.endsWith(".png"));
        assertThat(paragraphs("Guidance")).extracting(XWPFParagraph::getText).containsExactly("Guidance: what an auditor looks for.");
    }

    @Test
    void pageIsA4AndCorePropertiesComeFromTheDescriptor() {
        var section = document.getDocument().getBody().getSectPr();
        assertThat(((java.math.BigInteger) section.getPgSz().getW()).intValue()).isEqualTo(11906);
        assertThat(((java.math.BigInteger) section.getPgSz().getH()).intValue()).isEqualTo(16838);
        var core = document.getProperties().getCoreProperties();
        assertThat(core.getTitle()).isEqualTo("Service Management Plan");
        assertThat(core.getCreator()).isEqualTo("Example Services Ltd");
        assertThat(core.getCreated()).isEqualTo(java.util.Date.from(java.time.Instant.parse("2026-03-01T00:00:00Z")));
    }

    @Test
    void sameInputGivesSameBytes() {
        byte[] first = DocxFixture.docx(MARKDOWN, DocxFixture.DESCRIPTOR, assets);
        byte[] second = DocxFixture.docx(MARKDOWN, DocxFixture.DESCRIPTOR, assets);
        assertThat(second).isEqualTo(first);
    }

    private static int indexOfText(List<IBodyElement> elements, String text) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) instanceof XWPFParagraph p && p.getText().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    static String styles(List<XWPFParagraph> paragraphs) {
        return paragraphs.stream().map(XWPFParagraph::getStyle).collect(Collectors.joining(","));
    }
}
