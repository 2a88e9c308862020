package io.smsdocs.core.render;

import io.smsdocs.core.model.TemplateModelFactory;

import io.smsdocs.core.descriptor.DescriptorLoader;
import io.smsdocs.core.descriptor.LoadedDescriptor;
import io.smsdocs.core.descriptor.model.Gap;
import io.smsdocs.core.plan.DocumentPlan;
import io.smsdocs.core.plan.DocumentPlanner;
import io.smsdocs.core.standard.ClauseCatalogue;
import io.smsdocs.core.template.TemplateRepository;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TraceabilityTest {

    @Test
    void mapsEveryClauseToTheSectionsThatAddressItWithTheInheritedGapStatus() {
        LoadedDescriptor loaded = new DescriptorLoader().load(Path.of("../samples/northwind/src/sms/sms.yaml"), "sms.yaml");
        TemplateRepository templates = TemplateRepository.create(null, null, false, getClass().getClassLoader());
        DocumentPlan plan = new DocumentPlanner().plan(loaded, templates.documentTemplates(), templates::displayName);
        List<RenderedDocument> rendered = new DocumentRenderer(templates.configuration(), templates::displayName)
                .renderAll(plan, new TemplateModelFactory(loaded.descriptor(), plan));

        List<Object> entries = Traceability.of(rendered, ClauseCatalogue.forEdition("2018"),
                List.of(new Gap("8.5.1", "implemented", null), new Gap("8.6.3", "partial", "after major incidents only")));

        assertThat(entries).hasSize(77);
        Map<?, ?> problem = entry(entries, "8.6.3");
        assertThat(problem.get("status")).isEqualTo("partial");
        assertThat(problem.get("note")).isEqualTo("after major incidents only");
        assertThat((List<?>) problem.get("documents")).singleElement().satisfies(d -> {
            assertThat(((Map<?, ?>) d).get("id")).isEqualTo("resolution-and-fulfilment");
            assertThat(((Map<?, ?>) d).get("sections")).isEqualTo(List.of("Problem management"));
        });
        // 8.5.1.2 was not rated itself: it takes the rating of 8.5.1.
        assertThat(entry(entries, "8.5.1.2").get("status")).isEqualTo("implemented");
        assertThat(entry(entries, "7.6").get("status")).isEqualTo("not assessed");
        assertThat(entries).allSatisfy(e -> assertThat((List<?>) ((Map<?, ?>) e).get("documents"))
                .as("clause %s is addressed", ((Map<?, ?>) e).get("clause")).isNotEmpty());
    }

    private static Map<?, ?> entry(List<Object> entries, String clause) {
        return entries.stream().map(e -> (Map<?, ?>) e).filter(e -> clause.equals(e.get("clause"))).findFirst().orElseThrow();
    }
}
