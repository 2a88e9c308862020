package io.smsdocs.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A process's tool as the set's language names it after a preposition: "in Jira", "from Zabbix", "with Power BI",
 * or the default tool in its grammatical case ("im Servicemanagement-Tool", "aus dem Servicemanagement-Tool",
 * "mit dem Servicemanagement-Tool"). Added to each process map as inTool, fromTool and withTool, so no template
 * works out a language's articles and contractions itself.
 */
final class ToolPhrases {

    private ToolPhrases() {
    }

    static Map<String, Object> extend(Map<String, Object> process, Map<String, String> messages) {
        return extend(process, messages, null);
    }

    /** @param openDecision the number of the open decision on tools ("D-04"), marked after the unnamed tool; or null */
    static Map<String, Object> extend(Map<String, Object> process, Map<String, String> messages, String openDecision) {
        Object tool = process.get("tool");
        boolean named = tool != null && !tool.toString().isEmpty();
        Map<String, Object> extended = new LinkedHashMap<>(process);
        for (String phrase : new String[] {"inTool", "fromTool", "withTool"}) {
            String preposition = phrase.substring(0, phrase.length() - "Tool".length());
            extended.put(phrase, named
                    ? messages.getOrDefault(phrase, preposition + " {0}").replace("{0}", tool.toString())
                    : openMark(messages.getOrDefault(preposition + "DefaultTool", preposition + " the service management tool"), openDecision, messages));
        }
        // The tool as a noun: its name, or the unnamed tool marked with the open decision.
        extended.put("toolName", named ? tool.toString()
                : openMark(messages.getOrDefault("defaultTool", "the service management tool"), openDecision, messages));
        return Collections.unmodifiableMap(extended);
    }

    /** "the service management tool (open decision D-04)": an assumed value, marked with the register entry. */
    static String openMark(String text, String openDecision, Map<String, String> messages) {
        return openDecision == null ? text
                : text + " " + messages.getOrDefault("decision.mark", "(open decision {0})").replace("{0}", openDecision);
    }
}
