package io.smsdocs.maven;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.GenerationResult;
import io.smsdocs.core.api.SmsGenerator;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/** Generates the SMS document set from the descriptor and templates. */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true, requiresProject = true)
public class GenerateMojo extends AbstractMojo {

    /** The project descriptor. */
    @Parameter(property = "sms.descriptor", defaultValue = "${project.basedir}/src/sms/sms.yaml")
    private File descriptor;

    /** Folder of templates that override or add to the built-in ones; src/sms/templates is used when it exists. */
    @Parameter(property = "sms.templateDirectory")
    private File templateDirectory;

    /** Where the document set is written. */
    @Parameter(property = "sms.outputDirectory", defaultValue = "${project.build.directory}/sms")
    private File outputDirectory;

    /** Output formats, comma-separated: markdown, docx. */
    @Parameter(property = "sms.formats", defaultValue = "markdown,docx")
    private List<String> formats;

    /** House-style Word document for the DOCX export; overrides the descriptor's sms.referenceDocx. */
    @Parameter(property = "sms.referenceDocx")
    private File referenceDocx;

    /** Overwrites generated files that were edited by hand, and renders even when no input changed. */
    @Parameter(property = "sms.force", defaultValue = "false")
    private boolean force;

    /** Skips generation. */
    @Parameter(property = "sms.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File basedir;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping SMS document generation (sms.skip)");
            return;
        }
        ProjectPaths paths = new ProjectPaths(basedir.toPath());
        boolean explicitTemplates = templateDirectory != null;
        Path templates = explicitTemplates ? templateDirectory.toPath() : paths.defaultTemplateDirectory();
        GenerationRequest request = new GenerationRequest(descriptor.toPath(), paths.display(descriptor.toPath()),
                templates, paths.display(templates), explicitTemplates, outputDirectory.toPath(),
                paths.display(outputDirectory.toPath()), formats, referenceDocx == null ? null : referenceDocx.toPath(), force,
                getClass().getClassLoader());
        GenerationResult result = MojoProblems.run(getLog(), () -> new SmsGenerator().generate(request));
        result.warnings().forEach(w -> getLog().warn(w.format()));
        if (result.upToDate()) {
            getLog().info("SMS documents in " + paths.display(result.outputDirectory()) + " are up to date: no input changed");
        } else {
            getLog().info("Generated " + result.documents().size() + " documents (ISO/IEC 20000-1:" + result.edition() + ") into "
                    + paths.display(result.outputDirectory()));
        }
    }
}
