package io.smsdocs.core.model;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.smsdocs.core.model.ServiceModelFixture.model;
import static org.assertj.core.api.Assertions.assertThat;

/** A process's tool after a preposition, with the default tool in the language's case. */
class ToolPhrasesTest {

    @Test
    void aNamedToolFollowsThePreposition() {
        @SuppressWarnings("unchecked") Map<String, Object> incident = (Map<String, Object>) model("de", "2018", true, "boss").get("incident");
        assertThat(incident).containsEntry("inTool", "in Desk").containsEntry("fromTool", "aus Desk").containsEntry("withTool", "mit Desk");
    }

    @Test
    void theUnnamedToolTakesTheLanguagesArticleAndPointsAtTheOpenDecision() {
        @SuppressWarnings("unchecked") Map<String, Object> german = (Map<String, Object>) model("de", "2018", true, "boss").get("reporting");
        assertThat(german).containsEntry("inTool", "im Servicemanagement-Tool (offene Entscheidung D-03)")
                .containsEntry("fromTool", "aus dem Servicemanagement-Tool (offene Entscheidung D-03)")
                .containsEntry("withTool", "mit dem Servicemanagement-Tool (offene Entscheidung D-03)");
        @SuppressWarnings("unchecked") Map<String, Object> english = (Map<String, Object>) model("en", "2018", true, "boss").get("reporting");
        assertThat(english).containsEntry("inTool", "in the service management tool (open decision D-03)")
                .containsEntry("fromTool", "from the service management tool (open decision D-03)");
    }
}
