package io.smsdocs.core.plan;

import io.smsdocs.core.descriptor.DescriptorLoader;
import io.smsdocs.core.descriptor.LoadedDescriptor;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.template.TemplateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A template with {@code foreach: internal-supplier} makes one document per internal supplier, as {@code foreach:
 * service} does per service: the supplier's id extends the document id, its name the title, its number among the
 * internal suppliers the code; external suppliers get none; a document is excluded by its own id or all by the
 * template's.
 */
class PerSupplierDocumentsTest {

    private static final String YAML = """
            organization: {name: Harbour City Hospital IT, shortName: HCH}
            sms:
              scope: The SMS covers the IT services of Harbour City Hospital.
            suppliers:
              - {id: ehr-vendor, name: MedRecord Systems Ltd, type: external}
              - {id: estates, name: Estates and Facilities, type: internal}
              - {id: clinical-engineering, name: Clinical Engineering, type: internal}
            %s
            """;

    @TempDir
    Path dir;

    private static DocumentPlan plan(String extra) {
        LoadedDescriptor loaded = new DescriptorLoader().load(YAML.formatted(extra).getBytes(StandardCharsets.UTF_8), "sms.yaml");
        TemplateRepository templates = TemplateRepository.create(null, null, false, PerSupplierDocumentsTest.class.getClassLoader());
        return new DocumentPlanner().plan(loaded, templates.documentTemplates(), templates::displayName);
    }

    private static List<PlannedDocument> agreements(DocumentPlan plan) {
        return plan.documents().stream().filter(d -> d.template().id().equals("internal-agreement")).toList();
    }

    @Test
    void eachInternalSupplierHasItsOwnAgreementNumberedInTheirOrder() {
        List<PlannedDocument> agreements = agreements(plan(""));
        assertThat(agreements).extracting(PlannedDocument::id)
                .containsExactly("internal-agreement-estates", "internal-agreement-clinical-engineering");
        assertThat(agreements).extracting(PlannedDocument::title)
                .containsExactly("Internal Agreement: Estates and Facilities", "Internal Agreement: Clinical Engineering");
        assertThat(agreements).extracting(PlannedDocument::reference).containsExactly("HCH-IA-01", "HCH-IA-02");
        assertThat(agreements).extracting(d -> d.supplier().id()).containsExactly("estates", "clinical-engineering");
        assertThat(agreements).allSatisfy(d -> assertThat(d.service()).isNull());
        assertThat(agreements).extracting(PlannedDocument::kind).containsOnly("agreement");
    }

    @Test
    void oneAgreementIsExcludedByItsIdAndAllByTheTemplateId() {
        assertThat(agreements(plan("documents: {exclude: [internal-agreement-estates]}"))).extracting(PlannedDocument::id)
                .containsExactly("internal-agreement-clinical-engineering");
        assertThat(agreements(plan("documents: {exclude: [internal-agreement]}"))).isEmpty();
    }

    @Test
    void documentsOfTheSetAsAWholeAndPerServiceHaveNoSupplier() {
        DocumentPlan plan = plan("services: [{id: epr, name: Patient Record, suppliers: [estates]}]");
        assertThat(plan.find("supplier-register").orElseThrow().supplier()).isNull();
        assertThat(plan.find("sla-epr").orElseThrow().supplier()).isNull();
        assertThat(plan.find("sla-epr").orElseThrow().reference()).isEqualTo("HCH-SLA-01");
    }

    @Test
    void anUnknownForeachIsRefusedWithTheValuesThatExist() throws IOException {
        Files.createDirectories(dir.resolve("documents"));
        Files.writeString(dir.resolve("documents/ola.md.ftl"), "<#--\nid: ola\ntitle: OLA\nkind: agreement\nforeach: internal-suplier\n-->\n");
        SmsException e = catchThrowableOfType(SmsException.class, () -> TemplateRepository.create(dir, "src/sms/templates", true,
                PerSupplierDocumentsTest.class.getClassLoader()).documentTemplates());
        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "src/sms/templates/documents/ola.md.ftl:1:1: metadata 'foreach' is 'internal-suplier'; did you mean 'internal-supplier'?");
    }
}
