package io.smsdocs.core.template;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.GenerationResult;
import io.smsdocs.core.api.SmsGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The lookup chain: docs repo folder, then consultants' packs on the classpath, then the built-in pack. */
class TemplatePackChainTest {

    @TempDir
    Path dir;

    private static final String HEADER = "<#--\nid: %s\ntitle: %s\nkind: %s\ncode: %s\norder: %d\nclauses: [\"%s\"]\n%s-->\n";

    /** A consultant's pack as it would sit in a jar: the index, pack.yaml and its templates. */
    private ClassLoader consultantPack() throws IOException {
        Path root = dir.resolve("pack-jar");
        Path pack = root.resolve("META-INF/smsdocs/packs/acme");
        Files.createDirectories(pack.resolve("documents"));
        Files.writeString(root.resolve("META-INF/smsdocs/packs.index"), "# packs in this jar\nacme\n");
        Files.writeString(pack.resolve("pack.yaml"), "name: acme\nversion: 2.1.0\ndocuments:\n"
                + "  - documents/sms-scope.md.ftl\n  - documents/cloud-addendum.md.ftl\n");
        Files.writeString(pack.resolve("documents/sms-scope.md.ftl"), HEADER.formatted("sms-scope", "Scope (Acme house style)",
                "statement", "STM-01", 110, "4.3", "packVersion: 0.9.0\n")
                + "<#include \"/builtin/documents/sms-scope.md.ftl\">\n\n## Acme assurance\n\nReviewed by Acme Consulting.\n");
        Files.writeString(pack.resolve("documents/cloud-addendum.md.ftl"), HEADER.formatted("cloud-addendum",
                "Cloud Services Addendum", "policy", "POL-09", 695, "8.2.3", "") + "<@sms.documentHeader/>\n\nCloud terms of ${org.name}.\n");
        Files.createDirectories(pack.resolve("lib"));
        Files.writeString(pack.resolve("lib/acme-terms.ftl"), "<#macro terms>Acme terms</#macro>\n");
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    void packOverridesAndAddsDocumentsAndTheUserFolderComesFirst() throws IOException {
        ClassLoader withPack = consultantPack();
        Path user = dir.resolve("templates/documents");
        Files.createDirectories(user);
        Files.writeString(user.resolve("cloud-addendum.md.ftl"), HEADER.formatted("cloud-addendum", "Cloud Addendum (client edit)",
                "policy", "POL-09", 695, "8.2.3", "") + "<@sms.documentHeader/>\n\nClient wording.\n");

        TemplateRepository repository = TemplateRepository.create(dir.resolve("templates"), "src/sms/templates", true, withPack);
        List<TemplateMetadata> templates = repository.documentTemplates();

        assertThat(templates).extracting(TemplateMetadata::id).contains("cloud-addendum", "sms-scope", "sms-plan");
        assertThat(repository.displayName("documents/sms-scope.md.ftl")).isEqualTo("[pack acme] documents/sms-scope.md.ftl");
        assertThat(repository.displayName("documents/cloud-addendum.md.ftl")).isEqualTo("src/sms/templates/documents/cloud-addendum.md.ftl");
        assertThat(repository.displayName("documents/sms-plan.md.ftl")).isEqualTo("[built-in pack] documents/sms-plan.md.ftl");
        assertThat(templates).filteredOn(t -> t.id().equals("cloud-addendum")).singleElement()
                .extracting(TemplateMetadata::title).isEqualTo("Cloud Addendum (client edit)");
    }

    @Test
    void everyFileOfAPackCountsAsAnInputWhetherThePackIsAFolderOrAJar() throws IOException {
        ClassLoader folder = consultantPack();
        Path jar = dir.resolve("acme-pack.jar");
        Path root = dir.resolve("pack-jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(root.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        ClassLoader jarred = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());

        for (ClassLoader withPack : List.of(folder, jarred)) {
            TemplateRepository repository = TemplateRepository.create(null, null, true, withPack);
            // The partial is in no pack.yaml; only the pack's folder or jar knows it.
            assertThat(repository.sources()).containsKeys("pack:acme:pack.yaml", "pack:acme:documents/cloud-addendum.md.ftl",
                    "pack:acme:lib/acme-terms.ftl", "pack:default:documents/sms-plan.md.ftl");
            assertThat(new String(repository.sources().get("pack:acme:lib/acme-terms.ftl"))).contains("Acme terms");
        }
        // Listing the jar must not close it under the class loader.
        assertThat(jarred.getResource("META-INF/smsdocs/packs/acme/pack.yaml")).isNotNull();
        try (var in = jarred.getResourceAsStream("META-INF/smsdocs/packs/acme/pack.yaml")) {
            assertThat(in.readAllBytes()).isNotEmpty();
        }
    }

    @Test
    void aPackShipsItsHouseStyleAndANewLanguage() throws IOException {
        ClassLoader withPack = consultantPack();
        Path pack = dir.resolve("pack-jar/META-INF/smsdocs/packs/acme");
        // The house style: a Word document whose Normal style uses Georgia.
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = Files.newOutputStream(pack.resolve("acme.docx"))) {
            var styles = document.createStyles();
            var normal = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
            normal.setStyleId("Normal");
            normal.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
            normal.addNewName().setVal("Normal");
            normal.addNewRPr().addNewRFonts().setAscii("Georgia");
            styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(normal));
            document.write(out);
        }
        Files.writeString(pack.resolve("pack.yaml"), Files.readString(pack.resolve("pack.yaml")) + "referenceDocx: acme.docx\n");
        Files.createDirectories(pack.resolve("messages"));
        Files.writeString(pack.resolve("messages/messages_xx.properties"), "documentControl = Control block XX\n");

        TemplateRepository repository = TemplateRepository.create(null, null, false, withPack);
        assertThat(repository.packReferenceDocx()).isNotNull();
        assertThat(repository.hasLanguage("xx")).isTrue();
        assertThat(repository.hasLanguage("fr")).isFalse();
        assertThat(repository.messages("xx", "2018")).containsEntry("documentControl", "Control block XX")
                .containsEntry("revisionHistory", "Revision history");

        Path descriptor = dir.resolve("sms.yaml");
        Files.writeString(descriptor, "organization: {name: Example Ltd}\nsms: {scope: The SMS covers the services of Example Ltd.}\n");
        GenerationRequest request = GenerationRequest.builder(descriptor, dir.resolve("out")).descriptorDisplay("sms.yaml").outputDisplay("out")
                .formats(List.of("docx")).classLoader(withPack).build();
        new SmsGenerator().generate(request);
        try (var zip = new java.util.zip.ZipFile(dir.resolve("out/docx/sms-plan.docx").toFile())) {
            String styles = new String(zip.getInputStream(zip.getEntry("word/styles.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(styles).as("the pack's house style").contains("Georgia");
        }
    }

    @Test
    void overrideIncludesTheBuiltInVersionAndStaleOverridesAreNamed() throws IOException {
        ClassLoader withPack = consultantPack();
        Path descriptor = dir.resolve("sms.yaml");
        Files.writeString(descriptor, "organization: {name: Example Ltd}\nsms: {scope: The SMS covers the services of Example Ltd.}\n");
        GenerationRequest request = GenerationRequest.builder(descriptor, dir.resolve("out")).descriptorDisplay("sms.yaml").outputDisplay("out")
                .formats(List.of("markdown")).classLoader(withPack).build();

        GenerationResult result = new SmsGenerator().generate(request);

        String scope = Files.readString(dir.resolve("out/markdown/sms-scope.md"));
        assertThat(scope).contains("## Purpose").contains("## Acme assurance").contains("Reviewed by Acme Consulting.");
        assertThat(Files.readString(dir.resolve("out/markdown/cloud-addendum.md"))).contains("Cloud terms of Example Ltd.");
        assertThat(result.documents()).extracting(GenerationResult.GeneratedDocument::id).contains("cloud-addendum");
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.format()).isEqualTo("[pack acme] documents/sms-scope.md.ftl:1:1:"
                + " this override was written against built-in pack 0.9.0, and the built-in documents/sms-scope.md.ftl is now at"
                + " 1.0.0; compare it with the built-in version (sms:export-templates sms.templates=sms-scope"
                + " sms.templateDirectory=target/builtin-templates writes it there), then set packVersion: 1.0.0"));
    }

    @Test
    void aPackUpgradeOrDowngradeIsAnInputChangeAndTheManifestNamesTheVersion() throws IOException {
        // Issue 19, "why" item 3: a client still on pack 1.0.0 after 1.1.0 was released used to get "up to date".
        Path descriptor = dir.resolve("sms.yaml");
        Files.writeString(descriptor, "organization: {name: Example Ltd}\nsms: {scope: The SMS covers the services of Example Ltd.}\n");
        Path out = dir.resolve("out");
        ClassLoader withPack = consultantPack();
        Path packYaml = dir.resolve("pack-jar/META-INF/smsdocs/packs/acme/pack.yaml");
        GenerationRequest request = GenerationRequest.builder(descriptor, out).formats(List.of("markdown")).classLoader(withPack).build();

        assertThat(new SmsGenerator().generate(request).templateLayers()).contains("pack acme 2.1.0");
        assertThat(new SmsGenerator().generate(request).upToDate()).isTrue();

        Files.writeString(packYaml, Files.readString(packYaml).replace("version: 2.1.0", "version: 2.2.0"));
        GenerationResult upgraded = new SmsGenerator().generate(request);
        assertThat(upgraded.upToDate()).isFalse();
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("pack acme 2.2.0").doesNotContain("pack acme 2.1.0");

        Files.writeString(packYaml, Files.readString(packYaml).replace("version: 2.2.0", "version: 2.1.0"));
        assertThat(new SmsGenerator().generate(request).upToDate()).as("a downgrade").isFalse();
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("pack acme 2.1.0");
    }
}
