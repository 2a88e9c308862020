package io.smsdocs.maven;

import io.smsdocs.core.api.GenerationRequest;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/** The parameters every goal shares, and their mapping to one core request. */
abstract class AbstractSmsMojo extends AbstractMojo {

    /** The project descriptor. */
    @Parameter(property = "sms.descriptor", defaultValue = "${project.basedir}/src/sms/sms.yaml")
    private File descriptor;

    /** Folder of templates that override or add to the built-in ones; src/sms/templates is used when it exists. */
    @Parameter(property = "sms.templateDirectory")
    private File templateDirectory;

    /** Where the document set is written. */
    @Parameter(property = "sms.outputDirectory", defaultValue = "${project.build.directory}/sms")
    private File outputDirectory;

    /**
     * Consultant guidance notes under each section (what it must show, what an auditor looks for), as
     * block quotes in Markdown and in the "Guidance" style in DOCX. Unset: sms.guidance of the descriptor.
     */
    @Parameter(property = "sms.guidance")
    private Boolean guidance;

    /**
     * Output formats, comma-separated: markdown, docx, xlsx (workbooks of registers, matrices and the catalogue),
     * html (the set as a website with a dashboard, in site/ of the output folder), pdf (issued copies and the whole
     * set in one PDF, converted from the DOCX by LibreOffice, which must be installed).
     */
    @Parameter(property = "sms.formats", defaultValue = "markdown,docx")
    private List<String> formats;

    /** House-style Word document for the DOCX export; overrides the descriptor's sms.referenceDocx. */
    @Parameter(property = "sms.referenceDocx")
    private File referenceDocx;

    /**
     * Requires every process to name its owner in the descriptor: each one that does not is a finding. Without
     * it a process without an owner is owned meanwhile by sms.documentControl.owner, and the missing owners are
     * one open decision.
     */
    @Parameter(property = "sms.requireExplicitOwners", defaultValue = "false")
    private boolean requireExplicitOwners;

    /**
     * Fails the build while the descriptor leaves a decision open (the decision register lists them: who holds
     * top management, process owners and tools, service hours, recovery arrangements, ...). Without it each
     * open decision is a warning.
     */
    @Parameter(property = "sms.failOnOpenDecisions", defaultValue = "false")
    private boolean failOnOpenDecisions;

    /**
     * The annotated git tags that are approved releases of the set (a glob): each document's revision history
     * gains a row at every release where its content changed, and a working copy that differs from the last
     * release is the next version, a draft. Empty to ignore git.
     */
    @Parameter(property = "sms.releaseTags", defaultValue = "sms-v*")
    private String releaseTags;

    /**
     * The status date (ISO, e.g. 2027-05-10): the day review dates are checked against (default today), and the
     * day the site's dashboard shows the set as of (default the descriptor's effective date, so the site does not
     * change from one day to the next). Set it to the stage 2 audit date to see what will be overdue by then, or
     * pin it in a sample's CI build.
     */
    @Parameter(property = "sms.asOf")
    private String asOf;

    /**
     * LibreOffice's soffice program, for the pdf format. Unset: soffice on the PATH (or where the installers of macOS
     * and Windows put it).
     */
    @Parameter(property = "sms.soffice")
    private File soffice;

    /** Skips the goal. */
    @Parameter(property = "sms.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File basedir;

    /** The status date given with sms.asOf, or null. */
    java.time.LocalDate asOf() throws org.apache.maven.plugin.MojoFailureException {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(asOf.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.apache.maven.plugin.MojoFailureException("sms.asOf: '" + asOf + "' is not a date; use the ISO form, e.g. -Dsms.asOf=2027-05-10");
        }
    }

    /** The output folder of sms:generate (target/sms). */
    File outputDirectory() {
        return outputDirectory;
    }

    boolean failOnOpenDecisions() {
        return failOnOpenDecisions;
    }

    boolean skip() {
        if (skip) {
            getLog().info("Skipping (sms.skip)");
        }
        return skip;
    }

    ProjectPaths paths() {
        return new ProjectPaths(basedir.toPath());
    }

    GenerationRequest request(boolean force, boolean failOnWarning) {
        ProjectPaths paths = paths();
        boolean explicitTemplates = templateDirectory != null;
        Path templates = explicitTemplates ? templateDirectory.toPath() : paths.defaultTemplateDirectory();
        return GenerationRequest.builder(descriptor.toPath(), outputDirectory.toPath())
                .descriptorDisplay(paths.display(descriptor.toPath()))
                .templateDirectory(templates, explicitTemplates).templateDisplay(paths.display(templates))
                .outputDisplay(paths.display(outputDirectory.toPath()))
                .formats(formats).referenceDocx(referenceDocx == null ? null : referenceDocx.toPath())
                .force(force).failOnWarning(failOnWarning).classLoader(getClass().getClassLoader()).guidance(guidance)
                .requireExplicitOwners(requireExplicitOwners).failOnOpenDecisions(failOnOpenDecisions)
                .releaseTags(releaseTags).soffice(soffice == null ? null : soffice.toPath()).build();
    }
}
