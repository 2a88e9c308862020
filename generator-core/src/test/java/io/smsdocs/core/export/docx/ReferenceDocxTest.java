package io.smsdocs.core.export.docx;

import io.smsdocs.core.descriptor.DescriptorLoader;
import io.smsdocs.core.descriptor.LoadedDescriptor;
import io.smsdocs.core.export.ExportContext;
import io.smsdocs.core.plan.DocumentPlan;
import io.smsdocs.core.plan.DocumentPlanner;
import io.smsdocs.core.render.RenderedDocument;
import io.smsdocs.core.template.TemplateRepository;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A house-style reference document decides styles and page setup, like pandoc's --reference-doc. */
class ReferenceDocxTest {

    @TempDir
    Path dir;

    @Test
    void referenceStylesAndPageSetupWinAndMissingStylesAreAdded() throws Exception {
        Path reference = dir.resolve("house-style.docx");
        try (XWPFDocument house = new XWPFDocument(); OutputStream out = Files.newOutputStream(reference)) {
            XWPFStyles styles = house.createStyles();
            CTStyle heading = CTStyle.Factory.newInstance();
            heading.setStyleId("Heading1");
            heading.setType(STStyleType.PARAGRAPH);
            heading.addNewName().setVal("heading 1");
            heading.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
            heading.addNewRPr().addNewColor().setVal("C00000");
            styles.addStyle(new XWPFStyle(heading, styles));
            var section = house.getDocument().getBody().addNewSectPr();
            section.addNewPgSz().setW(BigInteger.valueOf(12240));
            section.getPgSz().setH(BigInteger.valueOf(15840));
            house.createParagraph().createRun().setText("Sample text of the house style that must not appear");
            house.write(out);
        }

        LoadedDescriptor loaded = new DescriptorLoader().load(DocxFixture.DESCRIPTOR.getBytes(StandardCharsets.UTF_8), "sms.yaml");
        TemplateRepository templates = TemplateRepository.create(null, null, false, getClass().getClassLoader());
        DocumentPlan plan = new DocumentPlanner().plan(loaded, templates.documentTemplates(), templates::displayName);
        byte[] docx = DocxWriter.write(new RenderedDocument(plan.find("sms-plan").orElseThrow(),
                        "# Plan\n\n<!-- smsdocs:end-of-front-matter -->\n\n## Purpose\n\n| A | B |\n|---|---|\n| 1 | 2 |\n"),
                new ExportContext(loaded.descriptor(), dir, reference));

        try (XWPFDocument result = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(result.getStyles().getStyle("Heading1").getCTStyle().getRPr().getColorArray(0).xgetVal().getStringValue()).isEqualTo("C00000");
            assertThat(result.getStyles().styleExist("SmsTable")).isTrue();
            assertThat(result.getStyles().styleExist("Title")).isTrue();
            assertThat(((BigInteger) result.getDocument().getBody().getSectPr().getPgSz().getW()).intValue()).isEqualTo(12240);
            assertThat(result.getParagraphs()).noneMatch(p -> p.getText().contains("house style that must not appear"));
            assertThat(result.getParagraphs()).anyMatch(p -> p.getText().equals("Purpose") && "Heading1".equals(p.getStyle()));
        }
    }

    private static final String MARKDOWN = "# Plan\n\n<!-- smsdocs:end-of-front-matter -->\n\n## Purpose\n\nText.\n\n### Steps\n\n"
            + "| Step | Owner |\n|---|---|\n| Review the plan | Service Owner |\n";

    /** German Word names its built-in styles in English (w:name "heading 1") but gives them German ids. */
    @Test
    void stylesOfAGermanWordReferenceAreMatchedByName() throws Exception {
        Path reference = germanHouseStyle();

        byte[] docx = DocxFixture.docx(MARKDOWN, DocxFixture.DESCRIPTOR, dir, reference);

        assertThat(OoxmlSchema.validate(docx)).isEmpty();
        try (XWPFDocument result = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFStyles styles = result.getStyles();
            // The table of contents lists each heading first.
            assertThat(result.getParagraphs()).filteredOn(p -> p.getText().equals("Purpose"))
                    .extracting(p -> p.getStyle()).containsExactly("TOC1", "berschrift1");
            assertThat(result.getParagraphs()).filteredOn(p -> p.getText().equals("Steps"))
                    .extracting(p -> p.getStyle()).containsExactly("TOC2", "berschrift2");
            assertThat(result.getParagraphs()).filteredOn(p -> p.getText().equals("Plan")).singleElement()
                    .extracting(p -> p.getStyle()).isEqualTo("Titel");
            // No second style of the same name under the built-in id.
            for (String builtIn : new String[] {"Normal", "Title", "Heading1", "Heading2", "Header"}) {
                assertThat(styles.styleExist(builtIn)).as(builtIn).isFalse();
            }
            assertThat(styles.getStyles()).filteredOn(st -> st.getName() != null && st.getName().equalsIgnoreCase("heading 1")).hasSize(1);
            // Styles the reference lacks are added, based on the reference's own.
            assertThat(styles.getStyle("TOCHeading").getCTStyle().getBasedOn().getVal()).isEqualTo("berschrift1");
            assertThat(styles.getStyle("TableText").getCTStyle().getBasedOn().getVal()).isEqualTo("Standard");
            assertThat(styles.getStyle("TableText").getCTStyle().getNext().getVal()).isEqualTo("Standard");
            assertThat(styles.getStyle("SmsTable").getCTStyle().getBasedOn().getVal()).isEqualTo("NormaleTabelle");
            assertThat(result.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().get(0).getStyle()).isEqualTo("Kopfzeile");
        }
    }

    /**
     * The body reaches the package in pieces (a large document's is never held whole), and the house style's ids are put
     * into each piece: every one of 1,500 headings, with tables between them, names the German id.
     */
    @Test
    void aLongBodyNamesTheHouseStyleIdsInEveryPiece() throws Exception {
        StringBuilder markdown = new StringBuilder("# Plan\n\n<!-- smsdocs:end-of-front-matter -->\n\n");
        for (int i = 0; i < 1_500; i++) {
            markdown.append("## Service ").append(i).append("\n\n| Step | Owner |\n|---|---|\n| Recover service ").append(i)
                    .append(" | Service Owner |\n\n");
        }
        byte[] docx = DocxFixture.docx(markdown.toString(), DocxFixture.DESCRIPTOR, dir, germanHouseStyle());

        String body = new String(io.smsdocs.core.export.FixedZip.read(docx).get("word/document.xml"), StandardCharsets.UTF_8);
        assertThat(body.length()).isGreaterThan(20 * 32 * 1024);
        assertThat(body.split("<w:pStyle w:val=\"berschrift1\"/>", -1)).hasSize(1_501);
        assertThat(body).doesNotContain("w:val=\"Heading1\"").doesNotContain("w:val=\"Title\"");
    }

    /** A house style made in a German Word: its built-in styles under German ids. */
    private Path germanHouseStyle() throws Exception {
        Path reference = dir.resolve("hausstil.docx");
        try (XWPFDocument house = new XWPFDocument(); OutputStream out = Files.newOutputStream(reference)) {
            XWPFStyles styles = house.createStyles();
            style(styles, "Standard", "Normal", null, null);
            style(styles, "Titel", "Title", "Standard", "8B1E3F");
            style(styles, "berschrift1", "heading 1", "Standard", "C00000").getPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
            style(styles, "berschrift2", "Heading 2", "Standard", "2E6F73").getPPr().addNewOutlineLvl().setVal(BigInteger.ONE);
            style(styles, "Kopfzeile", "header", "Standard", null);
            CTStyle table = CTStyle.Factory.newInstance();
            table.setStyleId("NormaleTabelle");
            table.setType(STStyleType.TABLE);
            table.addNewName().setVal("Normal Table");
            styles.addStyle(new XWPFStyle(table, styles));
            house.write(out);
        }
        return reference;
    }

    /** A Letter page with 1 inch margins is 6.5 inches wide between them: tables span that, not the A4 width. */
    @Test
    void textWidthFollowsALetterReference() throws Exception {
        Path reference = dir.resolve("letter.docx");
        try (XWPFDocument house = new XWPFDocument(); OutputStream out = Files.newOutputStream(reference)) {
            var section = house.getDocument().getBody().addNewSectPr();
            section.addNewPgSz().setW(BigInteger.valueOf(12240));
            section.getPgSz().setH(BigInteger.valueOf(15840));
            var margins = section.addNewPgMar();
            for (var setter : List.<java.util.function.Consumer<BigInteger>>of(margins::setTop, margins::setBottom, margins::setLeft,
                    margins::setRight)) {
                setter.accept(BigInteger.valueOf(1440));
            }
            margins.setHeader(BigInteger.valueOf(720));
            margins.setFooter(BigInteger.valueOf(720));
            margins.setGutter(BigInteger.ZERO);
            house.write(out);
        }

        byte[] docx = DocxFixture.docx(MARKDOWN, DocxFixture.DESCRIPTOR, dir, reference);

        assertThat(OoxmlSchema.validate(docx)).isEmpty();
        int textWidth = 12240 - 2 * 1440;
        try (XWPFDocument result = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var section = result.getDocument().getBody().getSectPr();
            assertThat(((BigInteger) section.getPgSz().getW()).intValue()).isEqualTo(12240);
            assertThat(((BigInteger) section.getPgSz().getH()).intValue()).isEqualTo(15840);
            assertThat(((BigInteger) section.getPgMar().getLeft()).intValue()).isEqualTo(1440);
            assertThat(((BigInteger) section.getPgMar().getRight()).intValue()).isEqualTo(1440);
            var table = result.getTables().get(0).getCTTbl();
            assertThat(((BigInteger) table.getTblPr().getTblW().getW()).intValue()).isEqualTo(textWidth);
            assertThat(table.getTblGrid().getGridColList()).extracting(c -> ((BigInteger) c.getW()).intValue())
                    .satisfies(widths -> assertThat(widths.stream().mapToInt(Integer::intValue).sum()).isEqualTo(textWidth));
            var tab = result.getHeaderFooterPolicy().getDefaultFooter().getParagraphs().get(0).getCTP().getPPr().getTabs().getTabArray(0);
            assertThat(((BigInteger) tab.getPos()).intValue()).isEqualTo(textWidth);
        }
    }

    /** A green house style for tables: a style of the built-in id, or of the built-in name under another id. */
    private static CTStyle greenTableStyle(String id) throws Exception {
        String xml = "<w:style xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" w:type=\"table\""
                + " w:styleId=\"" + id + "\"><w:name w:val=\"SMS Table\"/><w:tblPr><w:tblBorders>"
                + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A8CDB9\"/></w:tblBorders>"
                + "<w:tblCellMar><w:left w:w=\"150\" w:type=\"dxa\"/><w:right w:w=\"150\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
                + "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:color w:val=\"FFFFFF\"/></w:rPr>"
                + "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"2F6B4F\"/></w:tcPr></w:tblStylePr></w:style>";
        return CTStyle.Factory.parse(xml, new org.apache.xmlbeans.XmlOptions().setLoadReplaceDocumentElement(null));
    }

    private Path houseStyleWithTableStyle(String id) throws Exception {
        Path reference = dir.resolve("green-" + id + ".docx");
        try (XWPFDocument house = new XWPFDocument(); OutputStream out = Files.newOutputStream(reference)) {
            XWPFStyles styles = house.createStyles();
            style(styles, "Normal", "Normal", null, null).addNewRPr().addNewRFonts().setAscii("Cambria");
            styles.addStyle(new XWPFStyle(greenTableStyle(id), styles));
            house.write(out);
        }
        return reference;
    }

    /** The consultant's green tables: the house style's table style is the one every table names, not the built-in blue. */
    @Test
    void aHouseStyleRedefinesTheTableStyle() throws Exception {
        byte[] docx = DocxFixture.docx(MARKDOWN, DocxFixture.DESCRIPTOR, dir, houseStyleWithTableStyle(DocxStyles.TABLE));

        assertThat(OoxmlSchema.validate(docx)).isEmpty();
        try (XWPFDocument result = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(result.getTables()).isNotEmpty().allSatisfy(table -> assertThat(table.getStyleID()).isEqualTo(DocxStyles.TABLE));
            assertThat(result.getStyles().getStyles()).filteredOn(s -> "SMS Table".equals(s.getName())).hasSize(1);
            String definition = result.getStyles().getStyle(DocxStyles.TABLE).getCTStyle().xmlText();
            assertThat(definition).contains("w:fill=\"2F6B4F\"").contains("w:color=\"A8CDB9\"")
                    .doesNotContain(DocxStyles.HEADER_FILL).doesNotContain(DocxStyles.BORDER);
        }
    }

    /** A Word that named the style itself ("SMS Table" under its own id): the tables name that id. */
    @Test
    void aTableStyleOfTheSameNameUnderAnotherIdIsUsedByItsId() throws Exception {
        byte[] docx = DocxFixture.docx(MARKDOWN, DocxFixture.DESCRIPTOR, dir, houseStyleWithTableStyle("SMSTabelle"));

        assertThat(OoxmlSchema.validate(docx)).isEmpty();
        try (XWPFDocument result = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(result.getTables()).isNotEmpty().allSatisfy(table -> assertThat(table.getStyleID()).isEqualTo("SMSTabelle"));
            assertThat(result.getStyles().styleExist(DocxStyles.TABLE)).isFalse();
            assertThat(result.getStyles().getStyle("SMSTabelle").getCTStyle().xmlText()).contains("w:fill=\"2F6B4F\"");
        }
    }

    /** Columns are sized for the house style's table font, size and cell margins, not the built-in ones. */
    @Test
    void columnsAreSizedForTheHouseStylesTableText() throws Exception {
        byte[] reference = Files.readAllBytes(houseStyleWithTableStyle(DocxStyles.TABLE));

        TableFont house = PackageTemplate.build("Example", null, reference).metrics().table();
        TableFont builtIn = PackageTemplate.build("Example", null, null).metrics().table();

        assertThat(builtIn).isEqualTo(TableFont.BUILT_IN);
        assertThat(house.widths()).as("Cambria is not measured as Calibri").isSameAs(TextWidths.WIDE);
        assertThat(house.halfPoints()).as("the built-in Table Text size, added to the house style").isEqualTo(19);
        assertThat(house.cellMargins()).isEqualTo(300);
        assertThat(PackageTemplate.build("Example", null, null).metrics().textHeight()).isEqualTo(16838 - 2 * 1134);
    }

    @Test
    void pageMeasuresInTwipsOrUniversalUnits() {
        assertThat(PackageTemplate.twips(BigInteger.valueOf(1134))).isEqualTo(1134);
        assertThat(PackageTemplate.twips("1440")).isEqualTo(1440);
        assertThat(PackageTemplate.twips("1in")).isEqualTo(1440);
        assertThat(PackageTemplate.twips("2.54cm")).isEqualTo(1440);
        assertThat(PackageTemplate.twips("25.4mm")).isEqualTo(1440);
        assertThat(PackageTemplate.twips("72pt")).isEqualTo(1440);
        assertThat(PackageTemplate.twips(null)).isZero();
    }

    private static CTStyle style(XWPFStyles styles, String id, String name, String basedOn, String color) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        style.addNewPPr();
        if (color != null) {
            style.addNewRPr().addNewColor().setVal(color);
        }
        styles.addStyle(new XWPFStyle(style, styles));
        return style;
    }
}
