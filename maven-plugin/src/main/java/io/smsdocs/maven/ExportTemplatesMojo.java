package io.smsdocs.maven;

import io.smsdocs.core.scaffold.TemplateExport;
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

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File basedir;

    @Override
    public void execute() throws MojoFailureException {
        ProjectPaths paths = new ProjectPaths(basedir.toPath());
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
    }
}
