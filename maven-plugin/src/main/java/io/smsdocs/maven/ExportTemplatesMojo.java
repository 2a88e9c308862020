package io.smsdocs.maven;

import io.smsdocs.core.scaffold.OverrideRebase;
import io.smsdocs.core.scaffold.TemplateExport;
import io.smsdocs.core.template.OverrideBases;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;

/**
 * Copies built-in templates into the docs repo for editing: every document template, or those named with
 * -Dsms.templates=sms-plan,glossary (add lib/sms.ftl to own the macro library too). Each is copied in the
 * variant the set's language renders (glossary.md.ftl with its words glossary.text_de.ftl for sms.language: de); -Dsms.allLanguages=true
 * copies every language variant. Never overwrites a file.
 */
@Mojo(name = "export-templates", threadSafe = true, requiresProject = true)
public class ExportTemplatesMojo extends AbstractMojo {

    /** Document ids to export, comma-separated; all document templates when empty. */
    @Parameter(property = "sms.templates")
    private List<String> templates;

    /** The docs repo's template folder. */
    @Parameter(property = "sms.templateDirectory", defaultValue = "${project.basedir}/src/sms/templates")
    private File templateDirectory;

    /** The project descriptor: its sms.language chooses the language variants to copy (English without a descriptor). */
    @Parameter(property = "sms.descriptor", defaultValue = "${project.basedir}/src/sms/sms.yaml")
    private File descriptor;

    /** Copies every language variant of each template's words (glossary.text.ftl and glossary.text_de.ftl), not only the set's language. */
    @Parameter(property = "sms.allLanguages", defaultValue = "false")
    private boolean allLanguages;

    /**
     * Upstream changes of templates copied before: {@code true} writes, for each copy (or those named in
     * sms.templates), the version it was copied from, the version the packs or the built-in pack have now, the
     * copy, the upstream diff and a three-way merge into sms.baseDirectory; {@code accept} records the current
     * version as the copy's base once it is merged. Copies nothing new.
     */
    @Parameter(property = "sms.base")
    private String base;

    /** Where -Dsms.base=true writes its comparison. */
    @Parameter(property = "sms.baseDirectory", defaultValue = "${project.build.directory}/sms-base")
    private File baseDirectory;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File basedir;

    @Override
    public void execute() throws MojoFailureException {
        ProjectPaths paths = new ProjectPaths(basedir.toPath());
        if (base != null && !base.isBlank() && !base.equals("false")) {
            rebase(paths);
            return;
        }
        TemplateExport.Result result = MojoProblems.run(getLog(), () -> {
            String language = TemplateExport.languageOf(descriptor.toPath(), paths.display(descriptor.toPath()));
            if (allLanguages) {
                getLog().info("Exporting every language variant (sms.allLanguages)");
            } else if (!language.equals("en")) {
                getLog().info("Exporting the variants of language '" + language + "' (sms.language of " + paths.display(descriptor.toPath())
                        + "); -Dsms.allLanguages=true exports every language");
            }
            return TemplateExport.export(getClass().getClassLoader(), templateDirectory.toPath(),
                    templates == null ? List.of() : templates, language, allLanguages);
        });
        String folder = paths.display(templateDirectory.toPath());
        result.written().forEach(name -> getLog().info("Exported " + folder + "/" + name));
        result.kept().forEach(name -> getLog().warn("Kept " + folder + "/" + name + ": it exists already and is never overwritten"));
        getLog().info(result.written().size() + " template(s) exported; edit them there, they override the pack and built-in ones");
        if (!result.written().isEmpty()) {
            getLog().info("The version each copy started from is kept in " + folder + "/" + OverrideBases.FOLDER
                    + " (commit it): sms:check warns when that template changes later, and -Dsms.base=true helps merge the change");
        }
    }

    private void rebase(ProjectPaths paths) throws MojoFailureException {
        if (!base.equals("true") && !base.equals("accept")) {
            throw new MojoFailureException("sms.base is '" + base + "'; it takes true (compare each copy with its upstream version)"
                    + " or accept (record the upstream version as merged)");
        }
        String folder = paths.display(templateDirectory.toPath());
        List<String> names = templates == null ? List.of() : templates;
        if (base.equals("accept")) {
            List<OverrideRebase.Outcome> outcomes = MojoProblems.run(getLog(), () -> OverrideRebase.accept(getClass().getClassLoader(),
                    templateDirectory.toPath(), folder, names));
            outcomes.forEach(o -> getLog().info("Recorded " + o.base() + " as the base of " + o.override() + " (" + folder + "/"
                    + o.written().get(0) + ")"));
            getLog().info(outcomes.size() + " base(s) recorded; commit them with the templates");
            return;
        }
        String output = paths.display(baseDirectory.toPath());
        List<OverrideRebase.Outcome> outcomes = MojoProblems.run(getLog(), () -> OverrideRebase.compare(getClass().getClassLoader(),
                templateDirectory.toPath(), folder, names, baseDirectory.toPath()));
        for (OverrideRebase.Outcome o : outcomes) {
            // The files of one copy share its path: documents/sla.md.ftl.old, .new, .yours, .merged, ...
            String first = o.written().isEmpty() ? "" : o.written().get(0);
            String files = first.isEmpty() ? "" : " (" + output + "/" + first.substring(0, first.indexOf(".ftl.") + 4) + ".*)";
            switch (o.state()) {
                case UP_TO_DATE -> getLog().info(o.override() + ": up to date with " + o.base());
                case MERGED -> getLog().warn(o.override() + ": " + o.base() + " changed in " + o.upstreamChanges()
                        + " place(s); merged without conflict" + files + ". Check the .merged file, copy it over your template, then run"
                        + " -Dsms.base=accept");
                case CONFLICTS -> getLog().warn(o.override() + ": " + o.base() + " changed in " + o.upstreamChanges() + " place(s); "
                        + o.conflicts() + " conflict(s) in the merge" + files + ". Resolve the <<<<<<< ... >>>>>>> blocks of the .merged"
                        + " file, copy it over your template, then run -Dsms.base=accept");
                case NOT_RECORDED -> getLog().warn(o.override() + ": no base recorded, so only the current " + o.base()
                        + " and your template can be compared" + files + ". Once it is up to date, run -Dsms.base=accept");
                default -> { }
            }
        }
        getLog().info(outcomes.size() + " copied template(s) compared with their upstream version");
    }
}
