package io.smsdocs.core.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything one generation needs, in tool-neutral terms, built with {@link #builder(Path, Path)}. Display
 * names are how paths appear in messages (relative to the user's project), so error lines are short and
 * clickable.
 */
public final class GenerationRequest {

    private final Path descriptor;
    private final String descriptorDisplay;
    private final Path templateDirectory;
    private final String templateDisplay;
    private final boolean templateDirectoryExplicit;
    private final Path outputDirectory;
    private final String outputDisplay;
    private final List<String> formats;
    private final Path referenceDocx;
    private final boolean force;
    private final boolean failOnWarning;
    private final ClassLoader classLoader;
    private final Boolean guidance;
    private final boolean requireExplicitOwners;
    private final boolean failOnOpenDecisions;
    private final String releaseTags;
    private final java.time.LocalDate asOf;
    private final Path soffice;

    private GenerationRequest(Builder b) {
        this.descriptor = Objects.requireNonNull(b.descriptor, "descriptor");
        this.descriptorDisplay = b.descriptorDisplay != null ? b.descriptorDisplay : b.descriptor.toString();
        this.templateDirectory = b.templateDirectory;
        this.templateDisplay = b.templateDisplay != null ? b.templateDisplay
                : b.templateDirectory == null ? "templates" : b.templateDirectory.toString();
        this.templateDirectoryExplicit = b.templateDirectoryExplicit;
        this.outputDirectory = Objects.requireNonNull(b.outputDirectory, "outputDirectory");
        this.outputDisplay = b.outputDisplay != null ? b.outputDisplay : b.outputDirectory.toString();
        this.formats = List.copyOf(b.formats);
        this.referenceDocx = b.referenceDocx;
        this.force = b.force;
        this.failOnWarning = b.failOnWarning;
        this.classLoader = b.classLoader != null ? b.classLoader : GenerationRequest.class.getClassLoader();
        this.guidance = b.guidance;
        this.requireExplicitOwners = b.requireExplicitOwners;
        this.failOnOpenDecisions = b.failOnOpenDecisions;
        this.releaseTags = b.releaseTags;
        this.asOf = b.asOf;
        this.soffice = b.soffice;
    }

    /** A request for a descriptor and an output folder; everything else has a conventional default. */
    public static Builder builder(Path descriptor, Path outputDirectory) {
        return new Builder(descriptor, outputDirectory);
    }

    /** A request with conventional display names, for tests and the command line. */
    public static GenerationRequest of(Path descriptor, Path templateDirectory, Path outputDirectory, List<String> formats) {
        return builder(descriptor, outputDirectory).templateDirectory(templateDirectory, templateDirectory != null)
                .formats(formats).build();
    }

    public Builder toBuilder() {
        return new Builder(descriptor, outputDirectory).descriptorDisplay(descriptorDisplay)
                .templateDirectory(templateDirectory, templateDirectoryExplicit).templateDisplay(templateDisplay)
                .outputDisplay(outputDisplay).formats(formats).referenceDocx(referenceDocx).force(force)
                .failOnWarning(failOnWarning).classLoader(classLoader).guidance(guidance)
                .requireExplicitOwners(requireExplicitOwners).failOnOpenDecisions(failOnOpenDecisions).releaseTags(releaseTags).asOf(asOf).soffice(soffice);
    }

    public GenerationRequest withForce(boolean on) {
        return toBuilder().force(on).build();
    }

    /** Guidance notes on or off whatever the descriptor says; null leaves it to sms.guidance in the descriptor. */
    public GenerationRequest withGuidance(Boolean on) {
        return toBuilder().guidance(on).build();
    }

    public GenerationRequest withFailOnWarning(boolean on) {
        return toBuilder().failOnWarning(on).build();
    }

    public Path descriptor() { return descriptor; }
    public String descriptorDisplay() { return descriptorDisplay; }
    /** The docs repo's template folder, or null. */
    public Path templateDirectory() { return templateDirectory; }
    public String templateDisplay() { return templateDisplay; }
    /** Whether the user configured the template folder (then it must exist). */
    public boolean templateDirectoryExplicit() { return templateDirectoryExplicit; }
    public Path outputDirectory() { return outputDirectory; }
    public String outputDisplay() { return outputDisplay; }
    /** Output formats, e.g. ["markdown", "docx"]. */
    public List<String> formats() { return formats; }
    /** House-style reference document; null to use the descriptor's or the built-in style. */
    public Path referenceDocx() { return referenceDocx; }
    /** Overwrite generated files that were edited by hand, and render even when no input changed. */
    public boolean force() { return force; }
    /** Fail when the checks of sms:check find anything, instead of only reporting it. */
    public boolean failOnWarning() { return failOnWarning; }
    public ClassLoader classLoader() { return classLoader; }
    /** Guidance mode forced on or off; null leaves it to the descriptor. */
    public Boolean guidance() { return guidance; }
    /**
     * Whether every process must name its owner in the descriptor: a finding for each one that does not.
     * Otherwise a process without an owner is owned by sms.documentControl.owner and the checks say so once.
     */
    public boolean requireExplicitOwners() { return requireExplicitOwners; }
    /** Fail while the descriptor leaves a decision open (the decision register is not empty). */
    public boolean failOnOpenDecisions() { return failOnOpenDecisions; }
    /**
     * The glob of the annotated git tags that are approved releases (default {@code sms-v*}); their history
     * writes each document's revisions and version. Empty to ignore git.
     */
    public String releaseTags() { return releaseTags; }
    /**
     * The day the build checks review dates against and the site's dashboard shows the set as of (sms.asOf);
     * null: the checks use today, and the dashboard the descriptor's own date, so its output stays the same.
     */
    public java.time.LocalDate asOf() { return asOf; }
    /** LibreOffice's soffice program for the pdf format; null to look for it on the PATH. */
    public Path soffice() { return soffice; }

    /** Collects a request's settings by name. */
    public static final class Builder {
        private final Path descriptor;
        private final Path outputDirectory;
        private String descriptorDisplay;
        private Path templateDirectory;
        private String templateDisplay;
        private boolean templateDirectoryExplicit;
        private String outputDisplay;
        private List<String> formats = List.of("markdown", "docx");
        private Path referenceDocx;
        private boolean force;
        private boolean failOnWarning;
        private ClassLoader classLoader;
        private Boolean guidance;
        private boolean requireExplicitOwners;
        private boolean failOnOpenDecisions;
        private String releaseTags = io.smsdocs.core.history.GitRepository.DEFAULT_PATTERN;
        private java.time.LocalDate asOf;
        private Path soffice;

        private Builder(Path descriptor, Path outputDirectory) {
            this.descriptor = descriptor;
            this.outputDirectory = outputDirectory;
        }

        public Builder descriptorDisplay(String display) { this.descriptorDisplay = display; return this; }
        /** @param explicit whether the user configured the folder (then it must exist) */
        public Builder templateDirectory(Path directory, boolean explicit) {
            this.templateDirectory = directory;
            this.templateDirectoryExplicit = explicit;
            return this;
        }
        public Builder templateDisplay(String display) { this.templateDisplay = display; return this; }
        public Builder outputDisplay(String display) { this.outputDisplay = display; return this; }
        public Builder formats(List<String> formats) { this.formats = List.copyOf(formats); return this; }
        public Builder referenceDocx(Path reference) { this.referenceDocx = reference; return this; }
        public Builder force(boolean on) { this.force = on; return this; }
        public Builder failOnWarning(boolean on) { this.failOnWarning = on; return this; }
        public Builder classLoader(ClassLoader loader) { this.classLoader = loader; return this; }
        public Builder guidance(Boolean on) { this.guidance = on; return this; }
        public Builder requireExplicitOwners(boolean on) { this.requireExplicitOwners = on; return this; }
        public Builder failOnOpenDecisions(boolean on) { this.failOnOpenDecisions = on; return this; }
        public Builder releaseTags(String pattern) { this.releaseTags = pattern == null ? "" : pattern.strip(); return this; }
        public Builder asOf(java.time.LocalDate day) { this.asOf = day; return this; }
        public Builder soffice(Path program) { this.soffice = program; return this; }

        public GenerationRequest build() {
            return new GenerationRequest(this);
        }
    }
}
