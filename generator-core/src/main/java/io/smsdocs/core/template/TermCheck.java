package io.smsdocs.core.template;

import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SourceLocation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One term per concept: a language's term table ({@code messages/terms_<lang>.properties}, {@code rejected =
 * preferred}, merged over the layers like every bundle) names the words a set in that language does not use,
 * and this check finds them in the words the set is written with: the text catalogues, language copies of
 * templates and bundles of that language that the set really reads (the file each name resolves to). Each
 * finding is located at its file, line and column, so a consultant fixes the template, not the output.
 * Keys {@code allow.<n> = phrase} name phrases in which a rejected word is right ("Change Advisory Board").
 */
final class TermCheck {

    static final String BUNDLE = "terms";
    private static final String ALLOW = "allow.";

    private final TemplateSourceChain chain;

    TermCheck(TemplateSourceChain chain) {
        this.chain = chain;
    }

    List<Problem> of(String language, Map<String, String> table) {
        Locale locale = TemplateSourceChain.locale(language);
        if (locale.equals(Locale.ROOT) || table.isEmpty()) {
            return List.of();
        }
        Map<String, String> rejected = new LinkedHashMap<>();
        List<String> allowed = new ArrayList<>();
        table.forEach((key, value) -> {
            if (key.startsWith(ALLOW)) {
                allowed.add(value.strip());
            } else {
                rejected.put(key.strip(), value.strip());
            }
        });
        // One pattern per rejected word, compiled once: a whole word, not part of a longer one.
        List<Map.Entry<String, String>> terms = new ArrayList<>(rejected.entrySet());
        List<Pattern> patterns = terms.stream()
                .map(term -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term.getKey()) + "(?![\\p{L}\\p{N}])")).toList();
        List<Problem> problems = new ArrayList<>();
        String suffix = "_" + locale;
        for (TemplateSourceChain.Source source : sourcesIn(locale, suffix)) {
            String text = read(source);
            if (text == null) {
                continue;
            }
            // Comments are not printed: blanked (keeping lines and columns), they are not checked.
            List<String> lines = (source.path().endsWith(".ftl") ? withoutComments(text) : text).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (source.path().endsWith(".properties") && (line.isBlank() || line.stripLeading().startsWith("#"))) {
                    continue;
                }
                List<int[]> found = new ArrayList<>(); // start, end, term index: reported in the order of the line
                for (int t = 0; t < terms.size(); t++) {
                    Matcher m = patterns.get(t).matcher(line);
                    while (m.find()) {
                        if (!insideAllowed(line, m.start(), m.end(), allowed)) {
                            found.add(new int[] {m.start(), m.end(), t});
                        }
                    }
                }
                found.sort(java.util.Comparator.comparingInt(f -> f[0]));
                for (int[] f : found) {
                    Map.Entry<String, String> term = terms.get(f[2]);
                    problems.add(Problem.warning(new SourceLocation(source.display(), i + 1, f[0] + 1),
                            "'" + term.getKey() + "' is not the term of this set", "the term table (messages/terms" + suffix
                                    + ".properties) " + (term.getValue().isEmpty() ? "rejects it" : "says '" + term.getValue() + "'")));
                }
            }
        }
        return problems;
    }

    /** The files of the language the set reads: for each such name in any layer, the one the chain resolves to. */
    private List<TemplateSourceChain.Source> sourcesIn(Locale locale, String suffix) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (TemplateLayer layer : chain.layers()) {
            for (String file : layer.files()) {
                String shared = TemplateSourceChain.sharedName(file);
                boolean languageFile = !shared.equals(file) && file.contains(suffix);
                if (languageFile && (file.endsWith(".ftl") || file.endsWith(".properties")) && !shared.startsWith(MessageBundles.FOLDER + BUNDLE)) {
                    names.add(shared);
                }
            }
        }
        List<TemplateSourceChain.Source> sources = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith(".properties")) {
                // Bundles merge key by key: every layer's file of the language counts.
                sources.addAll(chain.candidates(name, locale).stream().filter(s -> s.variant() == 0).toList());
            } else {
                chain.find(name, locale).filter(s -> s.variant() == 0).ifPresent(sources::add);
            }
        }
        return sources;
    }

    private static String withoutComments(String template) {
        StringBuilder out = new StringBuilder(template);
        for (int start = template.indexOf("<#--"); start >= 0; start = template.indexOf("<#--", start + 1)) {
            int end = template.indexOf("-->", start);
            end = end < 0 ? template.length() : end + 3;
            for (int i = start; i < end; i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
            start = end - 1;
        }
        return out.toString();
    }

    private static boolean insideAllowed(String line, int start, int end, List<String> allowed) {
        for (String phrase : allowed) {
            for (int at = line.indexOf(phrase); at >= 0; at = line.indexOf(phrase, at + 1)) {
                if (at <= start && end <= at + phrase.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String read(TemplateSourceChain.Source source) {
        try (InputStream in = source.layer().open(source.path())) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
