package io.smsdocs.maven;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.GenerationResult;
import io.smsdocs.core.api.SmsGenerator;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Generates the SMS document set from the descriptor and templates, and reports what sms:check would find. */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true, requiresProject = true)
public class GenerateMojo extends AbstractSmsMojo {

    /** Overwrites generated files that were edited by hand, and renders even when no input changed. */
    @Parameter(property = "sms.force", defaultValue = "false")
    private boolean force;

    /** Fails the build on the findings of sms:check instead of printing them as warnings. */
    @Parameter(property = "sms.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    @Override
    public void execute() throws MojoFailureException {
        if (skip()) {
            return;
        }
        ProjectPaths paths = paths();
        GenerationRequest request = request(force, failOnWarning).toBuilder().asOf(asOf()).build();
        GenerationResult result = MojoProblems.run(getLog(), MojoProblems.Places.of(request), () -> new SmsGenerator().generate(request));
        result.warnings().forEach(w -> getLog().warn(MojoProblems.format(w)));
        result.notes().forEach(note -> getLog().info(MojoProblems.format(note)));
        // Which packs, in which versions, made the set: a client still on an old pack sees it here and in manifest.json.
        getLog().info("Templates from: " + String.join(", ", result.templateLayers()));
        if (result.upToDate()) {
            getLog().info("SMS documents in " + paths.display(result.outputDirectory()) + " are up to date: no input changed");
        } else {
            getLog().info("Generated " + result.documents().size() + " documents (ISO/IEC 20000-1:" + result.edition() + ") into "
                    + paths.display(result.outputDirectory()));
        }
    }
}
