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
}
