package io.smsdocs.core.standard;

import io.smsdocs.core.template.TemplateMetadata;
import io.smsdocs.core.template.TemplateRepository;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

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
    void holdsEveryClauseOf2011WithTitles() {
        ClauseCatalogue edition2011 = ClauseCatalogue.forEdition("2011");
        assertThat(edition2011.standard()).isEqualTo("ISO/IEC 20000-1:2011");
        assertThat(edition2011.numbers()).startsWith("4", "4.1", "4.1.1").endsWith("9.1", "9.2", "9.3")
                .contains("4.5.4.2", "6.3.2", "6.6.3", "8.1").doesNotHaveDuplicates().hasSize(53);
        assertThat(edition2011.find("4.1.3")).get().extracting(Clause::title).isEqualTo("Authority, responsibility and communication");
        assertThat(ProcessCatalogue.all()).allSatisfy(p -> assertThat(edition2011.contains(p.clause2011())).as(p.id()).isTrue());
    }

    @Test
    void mappingCoversEveryClauseOfBothEditionsWithExistingClauses() {
        ClauseCatalogue edition2011 = ClauseCatalogue.forEdition("2011");
        assertThat(EditionMapping.rows()).allSatisfy(row -> {
            assertThat(row.from2011()).allSatisfy(c -> assertThat(edition2011.contains(c)).as("2011 clause %s", c).isTrue());
            assertThat(row.to2018()).allSatisfy(c -> assertThat(catalogue.contains(c)).as("2018 clause %s", c).isTrue());
        });
        assertThat(edition2011.numbers()).allSatisfy(c -> assertThat(EditionMapping.to2018(c)).as("2011 clause %s", c).isNotEmpty());
        assertThat(catalogue.numbers()).allSatisfy(c -> assertThat(EditionMapping.to2011(c)).as("2018 clause %s", c).isNotEmpty());
        assertThat(EditionMapping.to2018("8.1")).containsExactly("8.6.1", "8.6.2");
        assertThat(EditionMapping.to2011("8.2.5")).containsExactly("9.1");
    }

    @Test
    void everyProcessNamesAnExistingClause() {
        assertThat(ProcessCatalogue.all()).hasSize(19)
                .allSatisfy(p -> assertThat(catalogue.contains(p.clause())).as(p.id()).isTrue());
    }

    @ParameterizedTest(name = "edition {0}")
    @ValueSource(strings = {"2018", "2011"})
    void builtInPackCoversEveryClauseOfTheEdition(String edition) {
        Set<String> covered = TemplateRepository.create(null, null, false, getClass().getClassLoader()).documentTemplates()
                .stream().filter(t -> t.appliesTo(edition)).flatMap(t -> t.forEdition(edition).clauses().stream())
                .collect(Collectors.toSet());
        ClauseCatalogue clauses = ClauseCatalogue.forEdition(edition);
        assertThat(clauses.numbers()).allSatisfy(clause -> assertThat(covered).as("clause %s", clause).contains(clause));
        assertThat(covered).allSatisfy(clause -> assertThat(clauses.contains(clause)).as("cited clause %s", clause).isTrue());
    }

    @Test
    void everyProcessNamesAnExistingClauseIn2011() {
        ClauseCatalogue edition2011 = ClauseCatalogue.forEdition("2011");
        assertThat(ProcessCatalogue.all()).allSatisfy(p -> assertThat(edition2011.contains(p.clause2011())).as(p.id()).isTrue());
    }

    @Test
    void namedCitationsExistInBothEditions() {
        ClauseCatalogue edition2011 = ClauseCatalogue.forEdition("2011");
        for (String clause2018 : List.of("5.3", "7.5.3", "8.7.1", "8.7.2")) {
            assertThat(catalogue.contains(clause2018)).as(clause2018).isTrue();
            assertThat(EditionMapping.citation2011(clause2018)).isNotEmpty()
                    .allSatisfy(c -> assertThat(edition2011.contains(c)).as("2011 citation %s of %s", c, clause2018).isTrue());
        }
    }
}
