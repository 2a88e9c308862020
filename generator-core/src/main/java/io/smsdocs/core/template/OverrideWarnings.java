package io.smsdocs.core.template;

import io.smsdocs.core.problem.BuildSetting;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SourceLocation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Overrides that work but may not do what their author expects, as warnings:
 * <ul>
 *   <li>a stale override: a copy of a lower layer's template that has changed since it was copied (found by the
 *       base recorded beside the copy; see {@link OverrideBases}), so the override may lack what it gained;</li>
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

    /**
     * Copies of a lower layer's template that may lack what that template gained since: the base recorded beside
     * the copy differs from the lower layer's file now; or no base is recorded and the header's legacy
     * {@code packVersion} is older than the built-in pack; or neither is there, so no change could ever be found
     * (except for an override that includes the file it replaces: it receives that file's changes by itself).
     */
    List<Problem> stale(List<TemplateMetadata> templates, String language) {
        List<Problem> warnings = new ArrayList<>();
        for (OverrideBases.Override override : new OverrideBases(chain).all()) {
            String name = OverrideBases.exportName(TemplateSourceChain.sharedName(override.path()));
            String base = override.base().display();
            SourceLocation at = new SourceLocation(override.display(), 1, 1);
            if (override.hasRecord()) {
                if (override.stale()) {
                    warnings.add(Problem.warning(at, base + ", which this override was copied from, has changed since (the copy it"
                            + " started from is " + override.recordDisplay() + ")", BuildSetting.goal("export-templates") + " "
                            + BuildSetting.assigned("templates", name) + " " + BuildSetting.assigned("base", "true")
                            + " writes the old and the new version, this override and a three-way merge of them to target/sms-base;"
                            + " merge what you want to keep, then " + BuildSetting.assigned("base", "accept") + " records the new version"));
                }
                continue;
            }
            String stamp = legacyPackVersion(override.ownText());
            if (stamp != null && override.base().layer().kind() == TemplateLayer.Kind.BUILT_IN) {
                if (PackVersions.older(stamp, builtInVersion)) {
                    warnings.add(Problem.warning(at, "this override was written against built-in pack " + stamp + ", and the built-in "
                            + override.base().path() + " is now at " + builtInVersion, "compare it with the built-in version ("
                            + BuildSetting.goal("export-templates") + " " + BuildSetting.assigned("templates", name) + " "
                            + BuildSetting.assigned("templateDirectory", "target/builtin-templates") + " writes it there), then set packVersion: "
                            + builtInVersion));
                }
                continue;
            }
            if (override.extendsBase()) {
                continue;
            }
            warnings.add(Problem.warning(at, "this override replaces " + base + " but records no copy of the version it started from,"
                    + " so a later change of " + base + " cannot be found", "if it is up to date with " + base + ", record that version: "
                    + BuildSetting.goal("export-templates") + " " + BuildSetting.assigned("templates", name) + " "
                    + BuildSetting.assigned("base", "accept") + " writes " + override.recordDisplay() + " (commit it with the override)"));
        }
        return warnings;
    }

    private static final Pattern PACK_VERSION = Pattern.compile("\\A<#--\\n(?:(?!-->)[\\s\\S])*?^packVersion:\\s*\"?([^\\s\"]+)", Pattern.MULTILINE);

    /** The {@code packVersion:} an older export wrote into a copied document's header; null when there is none. */
    static String legacyPackVersion(String template) {
        Matcher matcher = PACK_VERSION.matcher(template);
        return matcher.find() ? matcher.group(1) : null;
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
                                        + BuildSetting.assigned("templates", OverrideBases.exportName(name)) + " "
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
                ? " (" + BuildSetting.goal("export-templates") + " " + BuildSetting.assigned("templates", OverrideBases.exportName(name))
                + " copies the built-in one)" : "";
        return Problem.warning(new SourceLocation(winner.display(), 1, 1), "this override hides the " + languageTag + " variant "
                + hidden.display() + ", and the " + languageName + " set renders this file instead",
                "if it is written in " + languageName + ", rename it " + file + "; if not, add a " + file + " beside it" + export);
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
