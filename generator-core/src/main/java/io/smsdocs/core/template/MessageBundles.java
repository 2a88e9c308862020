package io.smsdocs.core.template;

import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SmsException;
import io.smsdocs.core.problem.SourceLocation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The fixed texts templates print through {@code t}: words that differ by edition ("CMDB" in 2011,
 * "configuration information" in 2018) or by language. Bundles live in a pack's {@code messages/}
 * folder; a more specific bundle overrides a general one key by key, and a pack or the docs repo
 * overrides the built-in pack the same way, so changing one word never means copying a file.
 */
public final class MessageBundles {

    static final String FOLDER = "messages/";

    private MessageBundles() {
    }

    /** Bundle file names from general to specific; later ones win. English is the base language. */
    static List<String> names(String base, String language, String edition) {
        String lang = language == null || language.equals("en") ? null : language;
        return lang == null
                ? List.of(base + ".properties", base + "_" + edition + ".properties")
                : List.of(base + ".properties", base + "_" + edition + ".properties", base + "_" + lang + ".properties",
                base + "_" + lang + "_" + edition + ".properties");
    }

    /** @param layers from the least to the most specific (built-in first, the docs repo last) */
    static Map<String, String> load(List<TemplateLayer> layers, String base, String language, String edition) {
        Map<String, String> messages = new TreeMap<>();
        for (String name : names(base, language, edition)) {
            for (TemplateLayer layer : layers) {
                try (InputStream in = layer.open(FOLDER + name)) {
                    if (in != null) {
                        Properties properties = new Properties();
                        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                        properties.stringPropertyNames().forEach(key -> messages.put(key, properties.getProperty(key)));
                    }
                } catch (IOException | IllegalArgumentException e) {
                    throw new SmsException(Problem.error(new SourceLocation(layer.display(FOLDER + name), 1, 1),
                            "cannot read the message bundle: " + e.getMessage(), "bundles are UTF-8 'key = text' lines"));
                }
            }
        }
        return Map.copyOf(messages);
    }

    /** Languages are added by bundles: a language is available when some layer has its messages bundle. */
    static boolean hasLanguage(List<TemplateLayer> layers, String language) {
        if (language == null || language.equals("en")) {
            return true;
        }
        String name = FOLDER + "messages_" + language + ".properties";
        return layers.stream().anyMatch(layer -> layer.has(name));
    }
}
