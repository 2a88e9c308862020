package io.smsdocs.maven;

import io.smsdocs.core.api.EvidencePack;
import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SmsGenerator;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * The evidence pack for the auditor: one reproducible zip, target/sms/evidence/&lt;organisation&gt;-&lt;tag&gt;.zip,
 * with the set exactly as approved in a release (an annotated tag, default the latest), its descriptor, the
 * changes since the previous release, the pack indexed by clause (index/clause-index.docx and .html) and
 * MANIFEST.sha256 of every file with the commit, tag and approver.
 * {@code mvn sms:check -Dsms.evidence=<zip>} verifies a pack against its manifest.
 */
@Mojo(name = "evidence", threadSafe = true, requiresProject = true)
public class EvidenceMojo extends AbstractSmsMojo {

    /** The approved release (an annotated tag); the latest one when not set. */
    @Parameter(property = "sms.tag")
    private String tag;

    /** Where the zip goes. */
    @Parameter(property = "sms.evidenceDirectory", defaultValue = "${project.build.directory}/sms/evidence")
    private File evidenceDirectory;

    @Override
    public void execute() throws MojoFailureException {
        if (skip()) {
            return;
        }
        GenerationRequest request = request(false, false);
        EvidencePack.Written written = MojoProblems.run(getLog(), MojoProblems.Places.of(request),
                () -> new EvidencePack(new SmsGenerator()).write(request, tag == null || tag.isBlank() ? null : tag.strip(),
                        evidenceDirectory.toPath()));
        written.warnings().forEach(problem -> getLog().warn(MojoProblems.format(problem)));
        getLog().info("Evidence pack of " + written.release().tag() + " (commit " + written.release().commit().substring(0, 12)
                + ", approved by " + written.release().approver() + " on " + written.release().date() + "): "
                + paths().display(written.zip()) + ", " + written.files() + " files"
                + (written.previousTag() == null ? "" : ", with the changes since " + written.previousTag()));
    }
}
