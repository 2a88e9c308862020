package io.smsdocs.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The house rules of docs/architecture.md: packages in the order data flows, each importing only those
 * before it; no cycles, not even between a package and its subpackages; no Maven type in the core.
 */
class ArchitectureTest {

    /** The packages of io.smsdocs.core in the order data flows; must match docs/architecture.md. */
    static final List<String> LAYERS = List.of(
            "problem", "standard", "descriptor", "decision", "programme", "template", "plan", "chart", "model", "render",
            "check", "export", "output", "history", "scaffold", "api", "cli");

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.smsdocs.core");
    }

    @Test
    void everyPackageIsALayer() {
        core.stream().map(c -> c.getPackageName().substring("io.smsdocs.core.".length()).split("\\.")[0])
                .distinct()
                .forEach(top -> org.assertj.core.api.Assertions.assertThat(LAYERS)
                        .as("package io.smsdocs.core.%s is not in the layer list of ArchitectureTest and docs/architecture.md", top)
                        .contains(top));
    }

    @Test
    void eachLayerImportsOnlyTheLayersBeforeIt() {
        for (int i = 0; i < LAYERS.size(); i++) {
            String[] later = LAYERS.subList(i + 1, LAYERS.size()).stream().map(l -> "io.smsdocs.core." + l + "..").toArray(String[]::new);
            if (later.length == 0) {
                continue;
            }
            ArchRule rule = noClasses().that().resideInAPackage("io.smsdocs.core." + LAYERS.get(i) + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(later)
                    .because("data flows one way: " + String.join(" → ", LAYERS));
            rule.check(core);
        }
    }

    /**
     * The same order in the source text: compile-time constants are inlined into the bytecode, so an import
     * of a constant from a later layer is invisible to the rule above.
     */
    @Test
    void sourcesNameOnlyEarlierLayers() throws java.io.IOException {
        java.nio.file.Path root = java.nio.file.Path.of("src/main/java/io/smsdocs/core");
        java.util.regex.Pattern reference = java.util.regex.Pattern.compile("io\\.smsdocs\\.core\\.([a-z]+)");
        List<String> violations = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(root)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String layer = root.relativize(file).getName(0).toString();
                var matcher = reference.matcher(java.nio.file.Files.readString(file));
                while (matcher.find()) {
                    String named = matcher.group(1);
                    if (LAYERS.indexOf(named) > LAYERS.indexOf(layer)) {
                        violations.add(root.relativize(file) + " names the later layer " + named);
                    }
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(violations).as("data flows one way: " + String.join(" → ", LAYERS)).isEmpty();
    }

    /** docs/architecture.md lists the packages in the same order, so the page a newcomer reads is true. */
    @Test
    void theArchitecturePageListsTheLayersInOrder() throws java.io.IOException {
        String page = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/architecture.md"));
        String list = page.substring(page.indexOf("<!-- layers:"), page.indexOf("<!-- /layers -->"));
        List<String> documented = java.util.regex.Pattern.compile("(?m)^\\d+\\. `([a-z]+)`").matcher(list).results()
                .map(m -> m.group(1)).toList();
        org.assertj.core.api.Assertions.assertThat(documented).as("packages in docs/architecture.md").isEqualTo(LAYERS);
    }

    @Test
    void noCyclesBetweenTopLevelPackages() {
        SlicesRuleDefinition.slices().matching("io.smsdocs.core.(*)..").should().beFreeOfCycles().check(core);
    }

    @Test
    void noCyclesBetweenAnyTwoPackagesIncludingSubpackages() {
        SlicesRuleDefinition.slices().matching("io.smsdocs.core.(**)").should().beFreeOfCycles().check(core);
    }

    @Test
    void theCoreKnowsNoMaven() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..")
                .check(core);
    }
}
