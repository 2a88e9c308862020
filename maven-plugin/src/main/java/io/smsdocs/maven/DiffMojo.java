package io.smsdocs.maven;

import io.smsdocs.core.api.GenerationRequest;
import io.smsdocs.core.api.SetDiff;
import io.smsdocs.core.api.SmsGenerator;
import io.smsdocs.core.export.redline.Redline;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Redlines for the reviewers: a DOCX per document that changed between two points of the docs repo's history
 * (-Dsms.from, default the latest approved release; -Dsms.to, default the working copy), with the changes as Word
 * tracked changes, and summary.md (and summary.docx, the same table in Word) listing each changed document with its
 * clauses and the sections that changed.
 * With -Dsms.returned=path/to/&lt;document id&gt;.docx it compares a document that came back from a client with the one
 * generated instead, so the consultant sees what the client changed.
 */
@Mojo(name = "diff", threadSafe = true, requiresProject = true)
public class DiffMojo extends AbstractSmsMojo {

    /** The earlier point: a tag or commit; the latest approved release when not set. */
    @Parameter(property = "sms.from")
    private String from;

    /** The later point: a tag or commit; the working copy when not set. */
    @Parameter(property = "sms.to")
    private String to;

    /** A DOCX that came back from a client, named as the generated one (&lt;document id&gt;.docx), to compare with it. */
    @Parameter(property = "sms.returned")
    private File returned;

    /** Who the changes of a returned document are attributed to. */
    @Parameter(property = "sms.returnedBy", defaultValue = "client")
    private String returnedBy;

    /** Where the redlines and the summary go. */
    @Parameter(property = "sms.redlineDirectory", defaultValue = "${project.build.directory}/sms/redline")
    private File redlineDirectory;

    @Override
    public void execute() throws MojoFailureException {
        if (skip()) {
            return;
        }
        ProjectPaths paths = paths();
        if (returned != null) {
            Path generated = outputDirectory().toPath().resolve("docx").resolve(returned.getName());
            Redline.Result result = MojoProblems.run(getLog(), () -> SetDiff.compareReturned(generated, paths.display(generated),
                    returned.toPath(), paths.display(returned.toPath()), returnedBy));
            String name = returned.getName().replaceFirst("\\.docx$", "") + "-returned.docx";
            Path target = redlineDirectory.toPath().resolve(name);
            try {
                Files.createDirectories(target.getParent());
                Files.write(target, result.docx());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            getLog().info(result.changed() ? "The returned " + returned.getName() + " differs from the generated one in "
                    + String.join("; ", result.changedSections()) + " (" + result.insertions() + " insertion(s), " + result.deletions()
                    + " deletion(s)): " + paths.display(target) : "The returned " + returned.getName() + " says what the generated one says");
            return;
        }
        GenerationRequest request = request(false, false);
        SetDiff.Result result = MojoProblems.run(getLog(), MojoProblems.Places.of(request),
                () -> new SetDiff(new SmsGenerator()).write(request, blank(from), blank(to), redlineDirectory.toPath()));
        result.changed().forEach(c -> getLog().info("Changed: " + c.title() + " (" + String.join("; ", c.sections()) + "): "
                + paths.display(result.folder().resolve(c.redline()))));
        result.added().forEach(id -> getLog().info("Added: " + id));
        result.removed().forEach(id -> getLog().info("Removed: " + id));
        getLog().info(result.changed().size() + " document(s) changed from " + result.from() + " to " + result.to() + "; summary: "
                + paths.display(result.folder().resolve("summary.md")));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
