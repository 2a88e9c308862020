package io.smsdocs.maven;

import io.smsdocs.core.scaffold.ProjectScaffold;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * Scaffolds a docs repo in the current folder: a commented src/sms/sms.yaml with its JSON Schema beside it
 * (src/sms/sms.schema.json, named in the descriptor's first line for YAML editors) and, when missing, a
 * pom.xml declaring this plugin, a .gitignore for target/ and a .mvn folder (the build root for Maven 4).
 * Takes its answers from properties and never prompts, so it runs in batch mode. `mvn sms:generate` then
 * produces a full set, and `mvn sms:check` passes. Existing files are never overwritten.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractMojo {

    /** Name of the organisation that operates the SMS. */
    @Parameter(property = "sms.organization", defaultValue = "Example Services Ltd")
    private String organization;

    /** Edition of ISO/IEC 20000-1. */
    @Parameter(property = "sms.edition", defaultValue = "2018")
    private String edition;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    /** Folder to scaffold; the current folder by default. */
    @Parameter(property = "sms.directory", defaultValue = "${user.dir}")
    private File directory;

    @Override
    public void execute() throws MojoFailureException {
        ProjectScaffold.Result result = MojoProblems.run(getLog(),
                () -> ProjectScaffold.create(directory.toPath(), organization, edition, pluginVersion));
        result.written().forEach(name -> getLog().info("Created " + name));
        result.kept().forEach(name -> getLog().warn("Kept " + name + ": it exists already and is never overwritten"));
        if (result.pomNeedsPlugin()) {
            // Only an existing pom can lack the plugin: the one init writes declares it.
            getLog().info("This folder's pom.xml does not declare smsdocs yet; add this plugin to its <build><plugins>:"
                    + System.lineSeparator() + result.pomSnippet());
        }
        getLog().info("Next: edit src/sms/sms.yaml, then run mvn sms:generate (and mvn sms:check in CI)");
    }
}
