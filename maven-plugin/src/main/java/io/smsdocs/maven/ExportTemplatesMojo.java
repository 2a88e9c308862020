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
 * -Dsms.templates=sms-plan,glossary (add lib/sms.ftl to own the macro library too). Never overwrites a file.
 */
@Mojo(name = "export-templates", threadSafe = true, requiresProject = true)
public class ExportTemplatesMojo extends AbstractMojo {

    /** Document ids to export, comma-separated; all document templates when empty. */
    @Parameter(property = "sms.templates")
    private List<String> templates;

    /** The docs repo's template folder. */
    @Parameter(property = "sms.templateDirectory", defaultValue = "${project.basedir}/src/sms/templates")
    private File templateDirectory;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File basedir;

    @Override
    public void execute() throws MojoFailureException {
        ProjectPaths paths = new ProjectPaths(basedir.toPath());
        TemplateExport.Result result = MojoProblems.run(getLog(), () -> TemplateExport.export(getClass().getClassLoader(),
                templateDirectory.toPath(), templates == null ? List.of() : templates));
        String folder = paths.display(templateDirectory.toPath());
        result.written().forEach(name -> getLog().info("Exported " + folder + "/" + name));
        result.kept().forEach(name -> getLog().warn("Kept " + folder + "/" + name + ": it exists already and is never overwritten"));
        getLog().info(result.written().size() + " template(s) exported; edit them there, they override the built-in ones");
    }
}
