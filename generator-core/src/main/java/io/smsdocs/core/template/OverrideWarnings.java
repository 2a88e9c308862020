package io.smsdocs.core.template;

import io.smsdocs.core.problem.BuildSetting;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SourceLocation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Overrides that work but may not do what their author expects, as warnings:
 * <ul>
 *   <li>a stale override: written against an older built-in pack ({@code packVersion: 1.0.0} while the
 *       built-in pack is newer), so the built-in template may have gained content the override lacks;</li>
 *   <li>a shadowing override: a file of the docs repo (or of a pack) wins for the set's language although
 *       a lower layer has a variant more specific to that language, e.g. the docs repo's
 *       {@code glossary.md.ftl} in a German set hides the built-in {@code glossary.md_de.ftl};</li>
 *   <li>a docs repo's file that hides a pack's: the consultant's version of a template (with the sections the
 *       pack added) silently gives way to the client's own copy.</li>
 * </ul>
 */
final class OverrideWarnings {

    private final TemplateSourceChain chain;
    private final String builtInVersion;

    OverrideWarnings(TemplateSourceChain chain, String builtInVersion) {
        this.chain = chain;
        this.builtInVersion = builtInVersion;
    }

    /** Both kinds, for a set in this language. */
    List<Problem> of(List<TemplateMetadata> templates, String language) {
        List<Problem> warnings = new ArrayList<>(stale(templates, language));
        warnings.addAll(shadowing(language));
        warnings.addAll(hidingPacks(language));
        return warnings;
    }

    /** Overrides of built-in documents whose header says they were written against an older built-in pack. */
    List<Problem> stale(List<TemplateMetadata> templates, String language) {
        Locale locale = TemplateSourceChain.locale(language);
        List<Problem> warnings = new ArrayList<>();
        for (TemplateMetadata template : templates) {
            String name = template.templateName();
            Optional<TemplateSourceChain.Source> rendered = chain.find(name, locale);
            Optional<TemplateSourceChain.Source> builtIn = chain.find(TemplateSourceChain.BUILT_IN_PREFIX + name, locale);
            boolean overrides = rendered.isPresent() && builtIn.isPresent() && rendered.get().layer().kind() != TemplateLayer.Kind.BUILT_IN;
            if (overrides && template.packVersion() != null && PackVersions.older(template.packVersion(), builtInVersion)) {
                warnings.add(Problem.warning(new SourceLocation(rendered.get().display(), 1, 1), "this override was written against"
                        + " built-in pack " + template.packVersion() + ", and the built-in " + builtIn.get().path() + " is now at "
                        + builtInVersion, "compare it with the built-in version (" + BuildSetting.goal("export-templates") + " "
                        + BuildSetting.assigned("templates", template.id()) + " "
                        + BuildSetting.assigned("templateDirectory", "target/builtin-templates") + " writes it there), then set packVersion: "
                        + builtInVersion));
            }
        }
        return warnings;
    }

    /**
     * Templates of the docs repo and the packs that win for the set's language while a lower layer has a
     * variant more specific to it. English sets look up plain names only, so nothing is hidden there.
     */
    List<Problem> shadowing(String language) {
        Locale locale = TemplateSourceChain.locale(language);
        List<Problem> warnings = new ArrayList<>();
        if (locale.equals(Locale.ROOT)) {
            return warnings;
        }
        for (String name : overriddenNames()) {
            List<TemplateSourceChain.Source> candidates = chain.candidates(name, locale);
            if (candidates.isEmpty() || candidates.get(0).layer().kind() == TemplateLayer.Kind.BUILT_IN) {
                continue;
            }
            TemplateSourceChain.Source winner = candidates.get(0);
            candidates.stream().filter(c -> c.layer() != winner.layer() && c.variant() < winner.variant()).findFirst()
                    .ifPresent(hidden -> warnings.add(shadowed(name, winner, hidden, locale)));
        }
        return warnings;
    }

    /** Files of the docs repo that win over a pack's file of the same name in the set's language. */
    List<Problem> hidingPacks(String language) {
        Locale locale = TemplateSourceChain.locale(language);
        List<Problem> warnings = new ArrayList<>();
        for (TemplateLayer layer : chain.layers()) {
            if (layer.kind() != TemplateLayer.Kind.PROJECT) {
                continue;
            }
            for (String file : layer.files()) {
                if (!file.endsWith(".ftl")) {
                    continue;
                }
                String name = TemplateSourceChain.sharedName(file);
                List<TemplateSourceChain.Source> candidates = chain.candidates(name, locale);
                if (candidates.isEmpty() || candidates.get(0).layer() != layer || !candidates.get(0).path().equals(file)) {
                    continue;
                }
                candidates.stream().filter(c -> c.layer().kind() == TemplateLayer.Kind.PACK).findFirst().ifPresent(hidden ->
                        warnings.add(Problem.warning(new SourceLocation(candidates.get(0).display(), 1, 1), "this override hides "
                                + hidden.display() + ", which a pack supplies, and the set renders this file instead",
                                "compare it with the pack's version (" + BuildSetting.goal("export-templates") + " "
                                        + BuildSetting.assigned("templates", exportName(name)) + " "
                                        + BuildSetting.assigned("templateDirectory", "target/pack-templates")
                                        + " writes it there) and keep what the pack adds, or remove this file")));
            }
        }
        return warnings;
    }

    private static Problem shadowed(String name, TemplateSourceChain.Source winner, TemplateSourceChain.Source hidden, Locale locale) {
        String language = locale.getDisplayLanguage(Locale.ENGLISH);
        String tag = locale.toString();
        boolean known = !language.isBlank() && !language.equals(tag);
        String languageName = known ? language : "'" + tag + "'";
        String languageTag = known ? language + " (" + tag + ")" : languageName;
        String file = hidden.path().substring(hidden.path().lastIndexOf('/') + 1);
        String export = hidden.layer().kind() == TemplateLayer.Kind.BUILT_IN
                ? " (" + BuildSetting.goal("export-templates") + " " + BuildSetting.assigned("templates", exportName(name))
                + " copies the built-in one)" : "";
        return Problem.warning(new SourceLocation(winner.display(), 1, 1), "this override hides the " + languageTag + " variant "
                + hidden.display() + ", and the " + languageName + " set renders this file instead",
                "if it is written in " + languageName + ", rename it " + file + "; if not, add a " + file + " beside it" + export);
    }

    /** The name sms:export-templates takes for a template: a document's id, or a partial's path without .ftl. */
    private static String exportName(String path) {
        if (path.startsWith(DocumentInventory.DOCUMENTS) && path.endsWith(DocumentInventory.SUFFIX)) {
            return path.substring(DocumentInventory.DOCUMENTS.length(), path.length() - DocumentInventory.SUFFIX.length());
        }
        return path.replaceFirst("\\.ftl$", "");
    }

    /** The template names the docs repo's folder and the packs have files for, in any language. */
    private Set<String> overriddenNames() {
        Set<String> names = new LinkedHashSet<>();
        for (TemplateLayer layer : chain.layers()) {
            if (layer.kind() == TemplateLayer.Kind.BUILT_IN) {
                continue;
            }
            for (String file : layer.files()) {
                if (file.endsWith(".ftl")) {
                    names.add(TemplateSourceChain.sharedName(file));
                    names.add(file);
                }
            }
        }
        return names;
    }
}
