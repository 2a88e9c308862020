package io.smsdocs.core.api;

import io.smsdocs.core.history.ApprovalRecords;
import io.smsdocs.core.history.GitRepository;
import io.smsdocs.core.history.Release;
import io.smsdocs.core.history.ReleaseTagFiles;
import io.smsdocs.core.plan.ReleaseHistory;
import io.smsdocs.core.problem.BuildSetting;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.problem.SourceLocation;
import io.smsdocs.core.problem.SmsException;
import freemarker.template.Configuration;
import io.smsdocs.core.check.CheckContext;
import io.smsdocs.core.check.SmsChecks;
import io.smsdocs.core.descriptor.DescriptorLoader;
import io.smsdocs.core.descriptor.LoadedDescriptor;
import io.smsdocs.core.problem.Suggestions;
import io.smsdocs.core.descriptor.model.Descriptor;
import io.smsdocs.core.export.docx.DocxExporter;
import io.smsdocs.core.export.DocumentSet;
import io.smsdocs.core.export.ExportContext;
import io.smsdocs.core.export.html.HtmlExporter;
import io.smsdocs.core.export.Exporter;
import io.smsdocs.core.export.SetExporter;
import io.smsdocs.core.export.pdf.PdfExporter;
import io.smsdocs.core.export.xlsx.XlsxExporter;
import io.smsdocs.core.export.markdown.MarkdownExporter;
import io.smsdocs.core.output.InputFingerprint;
import io.smsdocs.core.output.Manifest;
import io.smsdocs.core.export.docx.ExportAssets;
import io.smsdocs.core.export.OutputFile;
import io.smsdocs.core.output.OutputTransaction;
import io.smsdocs.core.plan.DocumentPlan;
import io.smsdocs.core.plan.DocumentPlanner;
import io.smsdocs.core.plan.PlannedDocument;
import io.smsdocs.core.render.DocumentRenderer;
import io.smsdocs.core.render.LinkedImages;
import io.smsdocs.core.render.RenderedDocument;
import io.smsdocs.core.model.TemplateModelFactory;
import io.smsdocs.core.standard.ClauseCatalogue;
import io.smsdocs.core.template.TemplateMetadata;
import io.smsdocs.core.template.TemplateRepository;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one entry point: descriptor → validated model → document plan → Markdown → exporters → output.
 * Everything is checked and rendered in memory before the first byte is written, so a mistake in the
 * descriptor or a template leaves earlier output untouched.
 */
public final class SmsGenerator {

    private final Map<String, Exporter> exporters = new LinkedHashMap<>();
    /** Formats made from the whole set, built per request (the pdf format takes the request's soffice). */
    private final Map<String, java.util.function.Function<GenerationRequest, SetExporter>> setExporters = new LinkedHashMap<>();

    public SmsGenerator() {
        register(new MarkdownExporter());
        register(new DocxExporter());
        register(new XlsxExporter());
        register(new HtmlExporter());
        setExporters.put("pdf", request -> new PdfExporter(request.soffice()));
    }

    public SmsGenerator register(Exporter exporter) {
        exporters.put(exporter.format(), exporter);
        return this;
    }

    public GenerationResult generate(GenerationRequest request) {
        return generate(request, null);
    }

    /**
     * @param history the approved releases whose history the set carries, and the request that reads them from git
     *                (the set of a release is generated from a copy of its commit's files); null: the releases of the
     *                repository the request's descriptor lives in
     */
    GenerationResult generate(GenerationRequest request, HistorySource history) {
        return generate(request, history, null);
    }

    /**
     * @param setExported told the context the set was exported in (its plan, rendered documents and model), for the
     *                    papers made from the whole set beside it (the evidence pack's clause index); not told when the
     *                    output was up to date and nothing was exported; null when none
     */
    GenerationResult generate(GenerationRequest request, HistorySource history, java.util.function.Consumer<ExportContext> setExported) {
        Selected selected = selectExporters(request);
        TemplateRepository templates = templates(request);
        OutputTransaction output = new OutputTransaction(request.outputDirectory(), request.outputDisplay());
        // Everything a build enforces is checked before the up-to-date shortcut: the gate is the same whether
        // or not an input changed since the last build.
        LocalDate today = request.asOf() != null ? request.asOf() : LocalDate.now();
        Planned unreleased = plan(request, templates, today, ReleaseHistory.NONE);
        List<String> templateLayers = templates.layerDescriptions();
        // A run that died during its swap is finished or undone first, so the up-to-date check sees a whole output.
        output.recover();
        HistorySource source = history != null ? history : new HistorySource(releases(request), request);
        java.util.SortedMap<String, byte[]> sources = templates.sources();
        // A new approved release changes every revision history, though no file of the docs repo changed.
        source.releases().fingerprintInput().ifPresent(bytes -> sources.put("git:releases", bytes));
        String fingerprint = InputFingerprint.of(request.descriptor(), request.outputDirectory(), sources,
                request.referenceDocx(), request.formats(), request.guidance(), request.asOf());
        Planned planned = withHistory(unreleased, source, request, templates, today, source.repository().outputDirectory().toAbsolutePath()
                .normalize().resolveSibling("sms-history"), source.releases().list().isEmpty() ? "" : ReleaseHistoryBuilder.cacheKey(sources));
        if (!request.force() && fingerprint.equals(planned.previous().inputs()) && output.isIntact()) {
            SmsChecks.Findings findings = planned.findings(Map.of());
            List<Problem> warnings = warnings(findings, planned.overrideWarnings(), request);
            return new GenerationResult(request.outputDirectory(), planned.plan().edition(), List.of(), warnings, findings.notes(), true,
                    templateLayers);
        }
        Prepared prepared = render(planned, request, templates, true);
        List<Problem> warnings = warnings(prepared.findings(), prepared.staleOverrides(), request);

        // The template model stays in memory during the export only for a format or a paper of the set that reads it.
        boolean modelRead = setExported != null || selected.documents().stream().anyMatch(Exporter::readsTemplateModel);
        ExportContext context = exportContext(prepared, request, modelRead);
        prepared = prepared.withoutModel();
        Exported all = exportAll(prepared, selected, context);
        if (setExported != null) {
            setExported.accept(context);
        }
        List<List<OutputFile>> exported = all.byDocument();
        List<OutputFile> files = new ArrayList<>();
        java.util.Set<String> written = new java.util.HashSet<>();
        List<Manifest.Entry> entries = new ArrayList<>();
        List<GenerationResult.GeneratedDocument> generated = new ArrayList<>();
        for (int i = 0; i < exported.size(); i++) {
            PlannedDocument document = prepared.rendered().get(i).document();
            List<String> paths = exported.get(i).stream().map(OutputFile::path).toList();
            exported.get(i).stream().filter(file -> written.add(file.path())).forEach(files::add);
            entries.add(new Manifest.Entry(document.id(), document.reference(), document.title(), document.kind(),
                    document.control().version(), document.citedClauses(), paths,
                    prepared.renderedSha256().get(document.id()),
                    templates.displayName(document.template().templateName(), prepared.descriptor().sms().language())));
            generated.add(new GenerationResult.GeneratedDocument(document.id(), document.title(), document.citedClauses(), paths));
        }
        // Files of the set as a whole (a site's index pages, the set's PDF) come after every document's.
        selected.documents().stream().flatMap(exporter -> exporter.exportSet(context.set(), context).stream())
                .filter(file -> written.add(file.path())).forEach(files::add);
        all.set().stream().filter(file -> written.add(file.path())).forEach(files::add);
        // A document's Markdown file is the array its content hash was taken of: the manifest need not hash it again.
        Map<byte[], String> hashed = new java.util.IdentityHashMap<>();
        for (RenderedDocument document : prepared.rendered()) {
            hashed.put(document.markdownUtf8(), prepared.renderedSha256().get(document.document().id()));
        }
        files.add(Manifest.write(prepared.plan().edition(), templateLayers, entries, files, fingerprint, hashed));
        output.commit(files, request.force());
        return new GenerationResult(request.outputDirectory(), prepared.plan().edition(), generated, warnings,
                prepared.findings().notes(), false, templateLayers);
    }

    /**
     * Everything {@code sms:generate} does except writing: the descriptor, the plan and every template are
     * checked and rendered in memory, then the gaps an auditor would find are reported.
     */
    public SmsChecks.Findings check(GenerationRequest request, LocalDate today) {
        TemplateRepository templates = templates(request);
        Planned unreleased = plan(request, templates, today, ReleaseHistory.NONE);
        // The check writes nothing: releases are rendered again rather than cached, so no cache key is needed.
        Planned planned = withHistory(unreleased, new HistorySource(releases(request), request), request, templates, today, null, "");
        Prepared prepared = render(planned, request, templates, false);
        return prepared.findings().withStaleOverrides(prepared.staleOverrides());
    }

    private static TemplateRepository templates(GenerationRequest request) {
        return TemplateRepository.create(request.templateDirectory(), request.templateDisplay(),
                request.templateDirectoryExplicit(), request.classLoader());
    }

    /** One context for every export of the set, with the set as a whole and the day a status view shows it as of. */
    private static ExportContext exportContext(Prepared prepared, GenerationRequest request, boolean withModel) {
        DocumentSet set = new DocumentSet(prepared.plan(), prepared.rendered(), withModel ? prepared.model() : null,
                DocumentSet.statusDate(request.asOf(), prepared.descriptor()), request.asOf() != null);
        return new ExportContext(prepared.descriptor(), prepared.assetDirectory(), prepared.referenceDocx(),
                prepared.packReferenceDocx(), prepared.messages(), set);
    }

    /**
     * Exports are independent per document: they run on all cores, and are collected in plan order. Then the formats
     * of the whole set add each document's files of theirs, in plan order too, and the set's own files last.
     */
    private static Exported exportAll(Prepared prepared, Selected selected, ExportContext context) {
        List<List<OutputFile>> exported = prepared.rendered().parallelStream()
                .map(document -> selected.documents().stream().flatMap(exporter -> exporter.export(document, context).stream()).toList())
                .toList();
        if (selected.sets().isEmpty()) {
            return new Exported(exported, List.of());
        }
        List<SetExporter.Document> documents = new ArrayList<>();
        for (int i = 0; i < exported.size(); i++) {
            documents.add(new SetExporter.Document(prepared.rendered().get(i), exported.get(i)));
        }
        List<List<OutputFile>> withSets = new ArrayList<>();
        exported.forEach(files -> withSets.add(new ArrayList<>(files)));
        List<OutputFile> setFiles = new ArrayList<>();
        for (SetExporter exporter : selected.sets()) {
            SetExporter.Output output = exporter.export(documents, context);
            for (int i = 0; i < documents.size(); i++) {
                withSets.get(i).addAll(output.byDocument().getOrDefault(prepared.rendered().get(i).document().id(), List.of()));
            }
            setFiles.addAll(output.set());
        }
        return new Exported(withSets, setFiles);
    }

    /** Each document's files in plan order, and the files of the set as a whole. */
    private record Exported(List<List<OutputFile>> byDocument, List<OutputFile> set) {
    }

    /**
     * The findings, override warnings and open decisions a build reports; failOnWarning fails on the findings
     * and override warnings (what sms:check gates on), failOnOpenDecisions on the open decisions: a team can
     * gate on coverage first and on a fully decided set once it is ready.
     */
    private static List<Problem> warnings(SmsChecks.Findings findings, List<Problem> overrideWarnings, GenerationRequest request) {
        List<Problem> warnings = new ArrayList<>(findings.all());
        warnings.addAll(overrideWarnings);
        List<Problem> failing = new ArrayList<>(request.failOnWarning() ? warnings : List.of());
        if (request.failOnOpenDecisions()) {
            failing.addAll(findings.openDecisions());
        }
        if (!failing.isEmpty()) {
            throw new SmsException(failing.stream().map(SmsGenerator::asError).toList());
        }
        warnings.addAll(findings.openDecisions());
        return warnings;
    }

    /**
     * Load, validate and plan, check the files the build names (reference DOCX, logo), and everything the
     * checks need except the rendered text: cheap enough to run on every build, up to date or not.
     */
    /** The approved releases of the git repository the descriptor lives in; none outside a repository or with releaseTags empty. */
    record Releases(GitRepository git, List<Release> list) {

        java.util.Optional<byte[]> fingerprintInput() {
            if (list.isEmpty()) {
                return java.util.Optional.empty();
            }
            StringBuilder all = new StringBuilder();
            list.forEach(r -> all.append(r.tag()).append(' ').append(r.commit()).append(' ').append(r.approvedAt()).append(' ')
                    .append(r.approver()).append('\n'));
            return java.util.Optional.of(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** Approved releases and the request whose descriptor and templates they are read for (paths in the git work tree). */
    record HistorySource(Releases releases, GenerationRequest repository) {
    }

    static Releases releases(GenerationRequest request) {
        if (request.releaseTags().isEmpty()) {
            return new Releases(null, List.of());
        }
        Path folder = request.descriptor().toAbsolutePath().normalize().getParent();
        if (!ReleaseTagFiles.mayHoldRelease(folder, request.releaseTags())) {
            return new Releases(null, List.of());
        }
        return GitRepository.find(folder).map(git -> {
            List<Release> list;
            try {
                list = git.releases(request.releaseTags());
            } catch (RuntimeException e) {
                git.close();
                throw e;
            }
            if (list.isEmpty()) {
                git.close();
            }
            return new Releases(list.isEmpty() ? null : git, list);
        }).orElse(new Releases(null, List.of()));
    }

    /**
     * The plan again, with each document's version and revisions from the approved releases; the plan as it
     * was when there are none.
     */
    private Planned withHistory(Planned unreleased, HistorySource source, GenerationRequest request, TemplateRepository templates,
                                LocalDate today, Path cache, String cacheKey) {
        if (source.releases().list().isEmpty()) {
            return unreleased;
        }
        return withHistory(unreleased, source, request, templates, today, cache, cacheKey, markdown(render(unreleased, request, templates, false)));
    }

    /** @param working the set as rendered now without history, document id → Markdown (what releases are compared with) */
    private Planned withHistory(Planned unreleased, HistorySource source, GenerationRequest request, TemplateRepository templates,
                                LocalDate today, Path cache, String cacheKey, Map<String, String> working) {
        Releases releases = source.releases();
        if (releases.list().isEmpty()) {
            return unreleased;
        }
        try (GitRepository git = releases.git()) {
            ReleaseHistoryBuilder.Built built = new ReleaseHistoryBuilder(git, source.repository(), this::renderMarkdown,
                    unreleased.messages(), cache).build(releases.list(), working, cacheKey);
            Planned planned = plan(request, templates, today, built.history());
            List<Problem> stale = StaleApprovals.find(ApprovalRecords.latest(releases.list()), planned.plan(), working, planned.loaded().tree(),
                    planned.draftStatus());
            if (!stale.isEmpty()) {
                throw new SmsException(stale);
            }
            List<Problem> warnings = new ArrayList<>(planned.overrideWarnings());
            warnings.addAll(built.warnings());
            return planned.withOverrideWarnings(warnings);
        }
    }

    /**
     * A document as a release issues it: its control data, the title of the role that approves it, the SHA-256 of its
     * content without history, its DOCX.
     */
    record IssuedDocument(PlannedDocument document, String approverRole, boolean approvedInRelease, String contentSha256, byte[] docx) {
    }

    /**
     * The set as a release issues it.
     *
     * @param sourcesSha256 the fingerprint of every input the set is rendered from (descriptor folder, templates, generator)
     */
    record IssuedSet(String sourcesSha256, List<IssuedDocument> documents) {
    }

    /**
     * The set as a release issues it, rendered in memory with the history of the given releases (the last of which
     * may be the release being made): what {@code sms:generate} would write as DOCX, byte for byte, and for each
     * document whether that last release approves a new version of it.
     */
    IssuedSet issue(GenerationRequest request, HistorySource source) {
        TemplateRepository templates = templates(request);
        java.util.SortedMap<String, byte[]> sources = templates.sources();
        LocalDate today = request.asOf() != null ? request.asOf() : LocalDate.now();
        Planned unreleased = plan(request, templates, today, ReleaseHistory.NONE);
        Map<String, String> working = markdown(render(unreleased, request, templates, false));
        List<Release> list = source.releases().list();
        String lastTag = list.isEmpty() ? null : list.get(list.size() - 1).tag();
        Planned planned = withHistory(unreleased, source, request, templates, today, source.repository().outputDirectory().toAbsolutePath()
                .normalize().resolveSibling("sms-history"), list.isEmpty() ? "" : ReleaseHistoryBuilder.cacheKey(sources), working);
        Prepared prepared = render(planned, request, templates, true);
        Exporter docx = exporters.get("docx");
        ExportContext context = exportContext(prepared, request, docx.readsTemplateModel());
        List<IssuedDocument> documents = prepared.rendered().parallelStream().map(rendered -> {
            PlannedDocument document = rendered.document();
            ReleaseHistory.DocumentHistory history = planned.history().documents().get(document.id());
            byte[] bytes = docx.export(rendered, context).stream().filter(file -> file.path().endsWith(".docx")).findFirst()
                    .orElseThrow().content();
            // A document the descriptor itself still shows as a draft is not approved by the release.
            boolean approved = StaleApprovals.inForce(document.control(), planned.draftStatus())
                    && (history == null || lastTag == null || lastTag.equals(history.approvedIn()));
            return new IssuedDocument(document, prepared.descriptor().roleTitle(document.control().approver()), approved,
                    Manifest.sha256(working.get(document.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8)), bytes);
        }).toList();
        String fingerprint = InputFingerprint.of(request.descriptor(), request.outputDirectory(), sources, request.referenceDocx(),
                List.of("docx"), request.guidance(), null);
        return new IssuedSet(fingerprint, documents);
    }

    /** A set rendered in memory without history, document id → Markdown: how a release's set is compared. */
    Map<String, String> renderMarkdown(GenerationRequest request) {
        TemplateRepository templates = templates(request);
        return markdown(render(plan(request, templates, LocalDate.now(), ReleaseHistory.NONE), request, templates, false));
    }

    private static Map<String, String> markdown(Prepared prepared) {
        Map<String, String> markdown = new LinkedHashMap<>();
        prepared.rendered().forEach(r -> markdown.put(r.document().id(), r.markdown()));
        return markdown;
    }

    private Planned plan(GenerationRequest request, TemplateRepository templates, LocalDate today, ReleaseHistory history) {
        LoadedDescriptor loaded = new DescriptorLoader().load(request.descriptor(), request.descriptorDisplay());
        var sms = loaded.descriptor().sms();
        List<TemplateMetadata> documentTemplates = templates.documentTemplates(sms.language());
        if (!templates.hasLanguage(sms.language())) {
            throw new SmsException(Problem.error(loaded.tree().valueAt("/sms/language"), "no template pack has the language '"
                    + sms.language() + "'", "use en or de, or add a pack with messages/messages_" + sms.language()
                    + ".properties (see docs/templates.md)"));
        }
        Map<String, String> messages = templates.messages(sms.language(), sms.edition());
        knownSector(loaded, messages);
        java.util.function.Function<String, String> templateDisplay = name -> templates.displayName(name, sms.language());
        DocumentPlan plan = new DocumentPlanner().plan(loaded, documentTemplates, templateDisplay, messages, history);
        Path assets = request.descriptor().toAbsolutePath().getParent();
        Path reference = new ExportAssets(loaded, assets).referenceDocx(request.referenceDocx());
        return new Planned(loaded, plan, documentTemplates, messages, templateDisplay, assets, reference,
                templates.templateWarnings(documentTemplates, sms.language()), today, Manifest.read(request.outputDirectory()),
                request.requireExplicitOwners(), history);
    }

    /** A sector the descriptor names must be one some pack describes (messages/sectors*.properties). */
    private static void knownSector(LoadedDescriptor loaded, Map<String, String> messages) {
        String sector = loaded.descriptor().organization().sector();
        if (sector == null || messages.containsKey("sector." + sector + ".name")) {
            return;
        }
        List<String> known = messages.keySet().stream().filter(k -> k.startsWith("sector.") && k.endsWith(".name"))
                .map(k -> k.substring("sector.".length(), k.length() - ".name".length())).sorted().toList();
        throw new SmsException(Problem.error(loaded.tree().valueAt("/organization/sector"), "no template pack describes the sector '"
                + sector + "'", Suggestions.didYouMean(sector, known, "the sectors are " + String.join(", ", known)
                + "; a pack adds one with messages/sectors.properties (see docs/templates.md)")));
    }

    /** @param output whether the set will be written: only then are the charts drawn */
    private static Prepared render(Planned planned, GenerationRequest request, TemplateRepository templates, boolean output) {
        var sms = planned.loaded().descriptor().sms();
        Configuration configuration = templates.configuration();
        boolean guidance = request.guidance() != null ? request.guidance() : sms.guidance();
        TemplateModelFactory models = new TemplateModelFactory(planned.loaded().descriptor(), planned.plan(), planned.messages(),
                guidance ? templates.guidance(sms.language(), planned.plan().edition()) : Map.of());
        var charts = output ? LinkedImages.drawInBackground(models.images()) : java.util.Map.<String, java.util.function.Supplier<byte[]>>of();
        List<RenderedDocument> rendered = LinkedImages.attach(
                new DocumentRenderer(configuration, planned.templateDisplay()).renderAll(planned.plan(), models), charts);
        Map<String, String> hashes = renderedSha256(rendered);
        return new Prepared(planned.loaded().descriptor(), planned.plan(), rendered, hashes, planned.assets(), planned.referenceDocx(),
                planned.referenceDocx() == null ? templates.packReferenceDocx() : null, planned.findings(hashes),
                planned.overrideWarnings(), planned.messages(), models);
    }

    /** What planning produced, before any template is rendered. */
    private record Planned(LoadedDescriptor loaded, DocumentPlan plan, List<TemplateMetadata> documentTemplates,
                           Map<String, String> messages, java.util.function.Function<String, String> templateDisplay, Path assets,
                           Path referenceDocx, List<Problem> overrideWarnings, LocalDate today,
                           Manifest.Previous previous, boolean requireExplicitOwners, ReleaseHistory history) {

        /** The status word of a draft in the set's language. */
        String draftStatus() {
            return messages.getOrDefault("statusDraft", "Draft");
        }

        Planned withOverrideWarnings(List<Problem> warnings) {
            return new Planned(loaded, plan, documentTemplates, messages, templateDisplay, assets, referenceDocx, List.copyOf(warnings),
                    today, previous, requireExplicitOwners, history);
        }

        /** @param renderedSha256 the documents as rendered now; empty when they were not rendered */
        SmsChecks.Findings findings(Map<String, String> renderedSha256) {
            Map<String, CheckContext.IssuedDocument> issued = issued(previous);
            return SmsChecks.run(new CheckContext(loaded, plan, TemplateMetadata.ofEdition(documentTemplates, plan.edition()),
                    ClauseCatalogue.forEdition(plan.edition()), today, issued, renderedSha256, requireExplicitOwners));
        }
    }

    /** What the previous run issued, from its manifest: controlled ids, versions and content hashes. */
    private static Map<String, CheckContext.IssuedDocument> issued(Manifest.Previous previous) {
        Map<String, CheckContext.IssuedDocument> issued = new LinkedHashMap<>();
        previous.documents().forEach((id, d) ->
                issued.put(id, new CheckContext.IssuedDocument(d.reference(), d.version(), d.contentSha256())));
        return issued;
    }

    private static Map<String, String> renderedSha256(List<RenderedDocument> rendered) {
        Map<String, byte[]> markdown = new LinkedHashMap<>();
        rendered.forEach(r -> markdown.put(r.document().id(), r.markdownUtf8()));
        return Manifest.sha256OfEach(markdown);
    }

    private static Problem asError(Problem warning) {
        return new Problem(Problem.Severity.ERROR, warning.source(), warning.line(), warning.column(), warning.message(),
                warning.hint());
    }

    /** The exporters of the request's formats; a format that needs a missing tool fails here, before anything is rendered. */
    private Selected selectExporters(GenerationRequest request) {
        List<Exporter> selected = new ArrayList<>();
        List<SetExporter> sets = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> known = new ArrayList<>(exporters.keySet());
        known.addAll(setExporters.keySet());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String format : request.formats()) {
            String name = format.strip().toLowerCase(java.util.Locale.ROOT);
            Exporter exporter = exporters.get(name);
            if (exporter == null && !setExporters.containsKey(name)) {
                problems.add(Problem.error(SourceLocation.of(BuildSetting.named("formats")), "unknown output format '" + format + "'",
                        Suggestions.didYouMean(format, known, "available: " + String.join(", ", known))));
            } else if (seen.add(name)) {
                if (exporter != null) {
                    selected.add(exporter);
                } else {
                    sets.add(setExporters.get(name).apply(request));
                }
            }
        }
        if (selected.isEmpty() && sets.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.error(SourceLocation.of(BuildSetting.named("formats")), "no output format selected",
                    "available: " + String.join(", ", known)));
        }
        if (!problems.isEmpty()) {
            throw new SmsException(problems);
        }
        sets.forEach(SetExporter::checkAvailable);
        return new Selected(selected, sets);
    }

    /** The selected exporters: per document, then of the whole set. */
    private record Selected(List<Exporter> documents, List<SetExporter> sets) {
    }

    /** @param renderedSha256 each document's rendered Markdown by id, hashed once for the checks and the manifest */
    private record Prepared(Descriptor descriptor, DocumentPlan plan, List<RenderedDocument> rendered, Map<String, String> renderedSha256,
                            Path assetDirectory,
                            Path referenceDocx, byte[] packReferenceDocx, SmsChecks.Findings findings, List<Problem> staleOverrides,
                            Map<String, String> messages, TemplateModelFactory model) {

        /** The same without the template model, which the export context holds when a format reads it. */
        Prepared withoutModel() {
            return new Prepared(descriptor, plan, rendered, renderedSha256, assetDirectory, referenceDocx, packReferenceDocx, findings,
                    staleOverrides, messages, null);
        }
    }
}
