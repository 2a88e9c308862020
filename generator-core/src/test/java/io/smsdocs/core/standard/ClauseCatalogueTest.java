package io.smsdocs.core.standard;

import io.smsdocs.core.template.TemplateMetadata;
import io.smsdocs.core.template.TemplateRepository;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ClauseCatalogueTest {

    private final ClauseCatalogue catalogue = ClauseCatalogue.forEdition("2018");

    @Test
    void holdsEveryClauseOf2018WithTitles() {
        assertThat(catalogue.standard()).isEqualTo("ISO/IEC 20000-1:2018");
        assertThat(catalogue.numbers()).startsWith("4", "4.1").endsWith("10.1", "10.2").doesNotHaveDuplicates().hasSize(77);
        assertThat(catalogue.find("5.3")).get().extracting(Clause::title).isEqualTo("Roles, responsibilities and authorities");
        assertThat(catalogue.find("9.1")).get().extracting(Clause::title)
                .isEqualTo("Monitoring, measurement, analysis and evaluation");
        assertThat(catalogue.all()).allSatisfy(c -> assertThat(c.title()).as(c.number()).isNotBlank().doesNotContain(":"));
    }

    @Test
    void everyProcessNamesAnExistingClause() {
        assertThat(ProcessCatalogue.all()).hasSize(19)
                .allSatisfy(p -> assertThat(catalogue.contains(p.clause())).as(p.id()).isTrue());
    }

    @Test
    void builtInPackCoversEveryClauseOf2018() {
        Set<String> covered = TemplateRepository.create(null, null, false, getClass().getClassLoader()).documentTemplates()
                .stream().filter(t -> t.appliesTo("2018")).flatMap(t -> t.clauses().stream()).collect(Collectors.toSet());
        assertThat(catalogue.numbers()).allSatisfy(clause -> assertThat(covered).as("clause %s", clause).contains(clause));
    }
}
