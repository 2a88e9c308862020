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
        Object tool = process.get("tool");
        boolean named = tool != null && !tool.toString().isEmpty();
        Map<String, Object> extended = new LinkedHashMap<>(process);
        for (String phrase : new String[] {"inTool", "fromTool", "withTool"}) {
            String preposition = phrase.substring(0, phrase.length() - "Tool".length());
            extended.put(phrase, named
                    ? messages.getOrDefault(phrase, preposition + " {0}").replace("{0}", tool.toString())
                    : messages.getOrDefault(preposition + "DefaultTool", preposition + " the service management tool"));
        }
        return Collections.unmodifiableMap(extended);
    }
}
