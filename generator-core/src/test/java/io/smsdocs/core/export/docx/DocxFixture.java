package io.smsdocs.core.export.docx;

import io.smsdocs.core.descriptor.DescriptorLoader;
import io.smsdocs.core.descriptor.LoadedDescriptor;
import io.smsdocs.core.export.ExportContext;
import io.smsdocs.core.plan.DocumentPlan;
import io.smsdocs.core.plan.DocumentPlanner;
import io.smsdocs.core.plan.PlannedDocument;
import io.smsdocs.core.render.RenderedDocument;
import io.smsdocs.core.template.TemplateRepository;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Builds a DOCX from a Markdown string, with the control data of a real planned document. */
final class DocxFixture {

    private DocxFixture() {
    }

    static byte[] docx(String markdown, String descriptorYaml, Path assets) {
        return docx(markdown, descriptorYaml, assets, null);
    }

    /** With a house-style reference document (null for the built-in style). */
    static byte[] docx(String markdown, String descriptorYaml, Path assets, Path referenceDocx) {
        LoadedDescriptor loaded = new DescriptorLoader().load(descriptorYaml.getBytes(StandardCharsets.UTF_8), "sms.yaml");
        TemplateRepository templates = TemplateRepository.create(null, null, false, DocxFixture.class.getClassLoader());
        DocumentPlan plan = new DocumentPlanner().plan(loaded, templates.documentTemplates(), templates::displayName);
        PlannedDocument document = plan.find("sms-plan").orElseThrow();
        return DocxWriter.write(new RenderedDocument(document, markdown), new ExportContext(loaded.descriptor(), assets, referenceDocx));
    }

    static final String DESCRIPTOR = """
            organization: {name: Example Services Ltd, shortName: Example}
            sms:
              scope: The SMS covers the hosting services of Example Services Ltd.
              effectiveDate: 2026-03-01
              documentControl: {classification: Confidential}
            documents:
              overrides:
                sms-plan: {status: Approved}   # approved as written, so it is in effect from the effective date
            """;
}
