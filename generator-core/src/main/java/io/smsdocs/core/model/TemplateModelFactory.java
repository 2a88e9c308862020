package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.model.Descriptor;
import io.smsdocs.core.plan.ControlData;
import io.smsdocs.core.plan.DocumentPlan;
import io.smsdocs.core.plan.PlannedDocument;
import io.smsdocs.core.standard.ClauseCatalogue;
import io.smsdocs.core.standard.ProcessDefinition;
import io.smsdocs.core.standard.ProcessCatalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the typed descriptor and plan into the read-only data model of docs/templates.md: plain maps,
 * lists, strings and numbers only, so templates can reach nothing but data. References are resolved
 * into the referenced maps (service.owner.title works).
 */
public final class TemplateModelFactory {

    private final Map<String, Object> base;
    private final Map<String, Map<String, Object>> documentMaps;
    private final Map<String, Map<String, Object>> servicesById;

    /** With the built-in pack's fixed texts; for callers outside a generation (tests, tools). */
    public TemplateModelFactory(Descriptor descriptor, DocumentPlan plan) {
        this(descriptor, plan, io.smsdocs.core.template.TemplateRepository.create(null, null, false,
                TemplateModelFactory.class.getClassLoader()).messages(descriptor.sms().language(), plan.edition()));
    }

    public TemplateModelFactory(Descriptor descriptor, DocumentPlan plan, Map<String, String> messages) {
        this(descriptor, plan, messages, Map.of());
    }

    /**
     * @param messages the fixed texts of the language and edition, exposed to templates as {@code t}
     * @param guidance consultant notes by document, section and clause; empty when guidance mode is off
     */
    public TemplateModelFactory(Descriptor descriptor, DocumentPlan plan, Map<String, String> messages, Map<String, String> guidance) {
        DisplayDates dates = DisplayDates.of(messages);
        String language = descriptor.sms().language();
        this.locale = language == null || language.equals("en") ? Locale.ROOT : Locale.forLanguageTag(language);
        OpenDecisionMarks open = new OpenDecisionMarks(plan.openDecisions());
        Parties parties = Parties.of(descriptor, plan.edition(), messages, locale, open, agreementDocuments(plan));
        Map<String, Map<String, Object>> roles = parties.roles();
        Map<String, Map<String, Object>> suppliers = parties.suppliers();
        this.suppliersById = suppliers;
        servicesById = parties.servicesById();
        List<Object> services = parties.services();
        ServiceLevels serviceLevels = parties.serviceLevels();

        ClauseCatalogue catalogue = ClauseCatalogue.forEdition(plan.edition());
        this.catalogue = catalogue;
        this.gaps = descriptor.implementation().gaps();
        Map<String, Object> clauseTitles = new LinkedHashMap<>();
        // Our short clause titles, in the set's language when a bundle names them (clause.2018.8.6.1).
        catalogue.all().forEach(c -> clauseTitles.put(c.number(),
                messages.getOrDefault("clause." + plan.edition() + "." + c.number(), c.title())));
        this.clauseTitles = Collections.unmodifiableMap(clauseTitles);

        Map<String, Object> processes = processes(descriptor, plan.edition(), messages, roles, open);
        List<Object> processList = List.copyOf(processes.values());

        documentMaps = new LinkedHashMap<>();
        PlanDates planDates = new PlanDates(plan.programme().dated(), dates, messages);
        for (PlannedDocument document : plan.documents()) {
            documentMaps.put(document.id(), document(document, roles, descriptor.sms().documentControl().reviewIntervalMonths(), messages,
                    dates, planDates));
        }

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("org", map("name", descriptor.organization().name(), "shortName", descriptor.organization().shortName(),
                "address", descriptor.organization().address(), "logo", descriptor.organization().logo()));

        model.put("provider", ProviderVoice.provider(descriptor.organization()));
        model.put("sector", ProviderVoice.sector(descriptor.organization(), messages));
        model.put("voice", ProviderVoice.voice(descriptor.organization(), messages));
        model.put("roles", List.copyOf(roles.values()));
        model.put("role", Collections.unmodifiableMap(roles));
        model.put("services", services);
        model.put("customers", List.copyOf(parties.customers().values()));
        model.put("suppliers", List.copyOf(suppliers.values()));
        model.put("externalSuppliers", parties.suppliersOfType("external"));
        model.put("internalSuppliers", parties.suppliersOfType("internal"));
        Map<String, Object> smsModel = sms(descriptor, catalogue, roles, dates, messages);
        model.put("sms", smsModel);
        model.put("processes", Collections.unmodifiableMap(processes));
        processes.forEach((id, process) -> model.put(ProcessVariables.BY_PROCESS.get(id), process));
        model.put("top", smsModel.get("topManagement"));
        model.put("manager", smsModel.get("manager"));
        model.put("processList", processList);
        // What the descriptor leaves open and what the documented rules derived (the decision register).
        model.put("decisions", DecisionRegisterModel.of(plan.openDecisions(), descriptor, roles, servicesById, suppliers, processes,
                messages, locale));
        model.put("defaultTool", descriptor.sms().defaultTool() != null ? descriptor.sms().defaultTool()
                : ToolPhrases.openMark(messages.getOrDefault("defaultTool", "the service management tool"),
                open.id(io.smsdocs.core.decision.OpenDecision.Topic.PROCESS_TOOLS), messages));
        // What the governance documents state about the SMS as a whole, derived once (GovernanceModel).
        model.put("governance", GovernanceModel.of(descriptor, plan, messages, catalogue.standard(), roles, processList, clauseTitles));
        model.put("priorities", descriptor.priorities().stream().map(p -> (Object) map("id", p.id(), "name", p.name(),
                "description", p.description(), "response", p.response(), "resolution", p.resolution())).toList());
        model.put("implementation", map("start", dates.format(descriptor.implementation().start()),
                "gaps", descriptor.implementation().gaps().stream().map(g -> (Object) map("clause", g.clause(),
                        "status", g.status(), "note", g.note())).toList()));
        var certification = descriptor.certification();
        model.put("certification", map("body", certification.body(),
                "stage1", dates.format(certification.stage1()), "stage2", dates.format(certification.stage2()), "decision", dates.format(certification.decision()),
                "internalAudit", dates.format(certification.internalAudit()), "managementReview", dates.format(certification.managementReview()),
                "internalAuditDone", certification.internalAuditDone(), "managementReviewDone", certification.managementReviewDone()));
        this.programmeModel = new ProgrammeModel(plan.programme(), descriptor, plan.edition(), messages, this::clauseTitle, dates);
        model.put("implementationPlan", programmeModel.plan(roles));
        model.put("roadmap", programmeModel.roadmap());
        model.put("clauseTitle", Collections.unmodifiableMap(clauseTitles));
        model.put("t", messages);
        model.put("guidance", guidance);
        if ("2011".equals(plan.edition())) {
            model.put("citation2011", Citations2011.all());
        }
        model.put("serviceLevels", serviceLevels.model());
        Map<String, Object> continuityDoc = documentMaps.get("service-continuity-plan");
        // A draft continuity plan counts its first tests from the day the implementation plan approves it.
        Map<String, Object> continuityDates = continuityDoc != null ? continuityDoc : smsModel;
        model.put("continuityPlan", ContinuityPlan.model(descriptor, roles, List.copyOf(servicesById.values()),
                (String) continuityDates.getOrDefault("effectiveDateIso", continuityDates.get("plannedApprovalIso")), messages, locale));
        // The business impact of an outage of each service over time, behind the continuity plan's objectives.
        model.put("businessImpact", BusinessImpact.model(descriptor, servicesById, "in-house".equals(descriptor.organization().providerType()),
                messages, locale));
        // The availability plan: the downtime each target allows in a year and the risks to availability, by the plan's rule.
        String risksDecision = open.id(io.smsdocs.core.decision.OpenDecision.Topic.RISKS);
        model.put("availabilityPlan", AvailabilityPlan.model(descriptor, servicesById, (List<?>) smsModel.get("risks"), risksDecision == null ? ""
                : " " + messages.getOrDefault("decision.mark", "(open decision {0})").replace("{0}", risksDecision), messages, locale));
        // The request types and each service's standard requests, shared by the SLAs and the request catalogue.
        model.put("requests", RequestCatalogue.model(descriptor, servicesById, messages));
        model.put("measurement", Measurement.model(processList, descriptor.sms().objectives(), messages, locale));
        model.put("cadence", Cadence.model(messages));
        // The definition of every measure the documents name; their tables and the register print it from here.
        model.put("measures", MeasureDefinitions.model(plan.edition(), processes, documentMaps, descriptor.sms().objectives(),
                (List<?>) smsModel.get("objectives"), services, Cadence.interval(Cadence.MANAGEMENT_REVIEW, messages).get("perYear"),
                messages, locale));
        model.put("capacityPlan", CapacityPlan.model(descriptor.implementation().gaps()));
        model.put("documents", List.copyOf(documentMaps.values()));
        model.put("docs", Collections.unmodifiableMap(documentMaps));
        model.put("functions", Map.of("mergeRows", new MergeRowsFunction()));
        // Registers and programmes computed once for every language (words from the bundles).
        Map<String, Object> topRole = roles.get(descriptor.sms().topManagement());
        Map<String, Object> managerRole = roles.get(descriptor.sms().documentControl().owner());
        model.put("auditProgramme", new AuditProgrammeModel(plan.edition(), processList, topRole, managerRole, descriptor.services(),
                descriptor.implementation().gaps(), AuditorChoice.of(descriptor), descriptor.internalAudit().auditors(), roles, messages).model());
        model.put("requiredRecords", RequiredRecords.of(processes, topRole, managerRole, messages));
        model.put("forms", FormsModel.of(List.copyOf(documentMaps.values()), (List<?>) model.get("requiredRecords"), processes, managerRole,
                services, messages));
        // What the procedures decide (high-criticality services, CAB members, opportunities, operating suppliers).
        model.put("procedures", ProcedureModel.of(services, processes, (List<?>) smsModel.get("risks"), List.copyOf(suppliers.values()),
                smsModel, (List<?>) model.get("priorities"), messages));
        // The supplier and contract register and the entries the improvement register starts with (derived by stated rules).
        model.put("supplierRegister", SupplierRegister.of(List.copyOf(suppliers.values()),
                effectiveDate(documentMaps.get("supplier-register"), descriptor), messages, dates));
        @SuppressWarnings("unchecked")
        Map<String, Object> supplierManagementOwner = (Map<String, Object>) ((Map<?, ?>) processes.get("supplier-management")).get("owner");
        model.put("internalAgreements", InternalAgreementTerms.of(parties.suppliersOfType("internal"), servicesById,
                supplierManagementOwner, topRole, open.id(io.smsdocs.core.decision.OpenDecision.Topic.PRIORITIES), messages));
        model.put("improvementRegister", ImprovementRegister.of(plan.edition(), (List<?>) smsModel.get("risks"),
                descriptor.implementation().gaps(), plan.programme().plan().scheduled().stream()
                        .map(a -> new ImprovementRegister.PlannedWork(a.id(), a.clauses(), a.effortDays(), a.end())).toList(),
                (List<?>) ((Map<?, ?>) model.get("implementationPlan")).get("activities"), clauseTitles, managerRole,
                open.id(io.smsdocs.core.decision.OpenDecision.Topic.RISKS), messages));
        model.put("releaseWindows", ReleaseWindows.of(descriptor.services(), messages, open));
        model.put("raciMatrix", RaciMatrix.of(processList, topRole, managerRole));
        model.put("documentRegister", DocumentRegisterModel.of(plan.edition(), List.copyOf(documentMaps.values()), processes,
                descriptor.customers(), descriptor.services(), (List<?>) model.get("externalSuppliers"), (List<?>) model.get("internalSuppliers"),
                topRole, managerRole, messages));
        this.base = Collections.unmodifiableMap(model);
        this.traceability = List.of();
        this.traceabilityMatrix = Map.of();
    }

    private final ProgrammeModel programmeModel;
    private final Map<String, Map<String, Object>> suppliersById;
    private final Map<String, Object> clauseTitles;
    private final Locale locale;

    /** The title of a clause of the set's edition, in its language. */
    public String clauseTitle(String number) {
        return (String) clauseTitles.get(number);
    }

    static String processName(io.smsdocs.core.standard.ProcessDefinition definition, String edition, Map<String, String> messages) {
        return messages.getOrDefault("process." + definition.id(), definition.nameIn(edition));
    }
    /** The locale documents render in: the root locale for English, so numbers and lookups are as before. */
    public Locale locale() {
        return locale;
    }

    /** Pictures the generator draws (charts of the plan), by the path documents link them with. */
    public Map<String, java.util.function.Supplier<byte[]>> images() {
        return programmeModel.images();
    }

    /**
     * The implementation plan's Gantt chart as SVG with a line at the status date, for a status view (the site's
     * dashboard); null when the plan has no dates.
     */
    public String ganttSvg(LocalDate statusDate) {
        return programmeModel.ganttSvg(statusDate);
    }

    /** Whether {@link #ganttSvg} marks the status date: the plan has dates and the date lies within its months. */
    public boolean ganttShows(LocalDate statusDate) {
        return programmeModel.ganttShows(statusDate);
    }

    /** The capability profile as SVG; null when no process was assessed. */
    public String capabilitySvg() {
        return programmeModel.capabilitySvg();
    }

    /**
     * One value of the shared model by its name in docs/templates.md ({@code decisions}, {@code supplierRegister},
     * {@code roadmap} ...), for exporters that print what the documents print; null when there is none.
     */
    public Object value(String name) {
        return base.get(name);
    }

    private final List<Object> traceability;
    private final Map<String, Object> traceabilityMatrix;
    private final ClauseCatalogue catalogue;
    private final List<io.smsdocs.core.descriptor.model.Gap> gaps;

    public ClauseCatalogue catalogue() {
        return catalogue;
    }

    public List<io.smsdocs.core.descriptor.model.Gap> gaps() {
        return gaps;
    }

    /**
     * The same model for the documents rendered last (matrices), with which documents and sections address
     * each clause: a second, immutable model instead of state changed between the two rendering passes.
     */
    public TemplateModelFactory withTraceability(List<Object> entries) {
        return new TemplateModelFactory(this, List.copyOf(entries));
    }

    private TemplateModelFactory(TemplateModelFactory first, List<Object> traceability) {
        this.base = first.base;
        this.documentMaps = first.documentMaps;
        this.servicesById = first.servicesById;
        this.suppliersById = first.suppliersById;
        this.programmeModel = first.programmeModel;
        this.clauseTitles = first.clauseTitles;
        this.locale = first.locale;
        this.catalogue = first.catalogue;
        this.gaps = first.gaps;
        this.traceability = traceability;
        @SuppressWarnings("unchecked")
        Map<String, String> messages = (Map<String, String>) first.base.get("t");
        this.traceabilityMatrix = TraceabilityMatrix.of(traceability, messages);
    }

    /**
     * The model for one document: the shared data plus {@code doc} and, per service, {@code service}, per
     * internal supplier, {@code supplier}.
     */
    public Map<String, Object> modelFor(PlannedDocument document) {
        Map<String, Object> model = new LinkedHashMap<>(base);
        model.put("traceability", traceability);
        model.put("traceabilityMatrix", traceabilityMatrix);
        model.put("doc", documentMaps.get(document.id()));
        if (document.service() != null) {
            model.put("service", servicesById.get(document.service().id()));
        }
        if (document.supplier() != null) {
            model.put("supplier", suppliersById.get(document.supplier().id()));
        }
        return model;
    }

    /** A document's effective date, or the set's when the document is not in the set; null while it takes effect on approval. */
    private static LocalDate effectiveDate(Map<String, Object> document, Descriptor descriptor) {
        if (document == null) {
            return descriptor.sms().effectiveDate();
        }
        Object iso = document.get("effectiveDateIso");
        return iso == null ? null : LocalDate.parse(iso.toString());
    }

    /** The agreement each supplier has in the set (its internal agreement), by supplier id. */
    private static Map<String, String> agreementDocuments(DocumentPlan plan) {
        Map<String, String> agreements = new LinkedHashMap<>();
        plan.documents().stream().filter(d -> d.supplier() != null && "agreement".equals(d.kind()))
                .forEach(d -> agreements.putIfAbsent(d.supplier().id(), d.id()));
        return agreements;
    }

    private static Map<String, Object> sms(Descriptor descriptor, ClauseCatalogue catalogue, Map<String, Map<String, Object>> roles,
                                           DisplayDates dates, Map<String, String> messages) {
        var sms = descriptor.sms();
        var control = sms.documentControl();
        return map("edition", sms.edition(), "standard", catalogue.standard(), "language", sms.language(),
                "scope", sms.scope(), "effectiveDate", dates.format(sms.effectiveDate()), "effectiveDateIso", sms.effectiveDate() == null ? null : sms.effectiveDate().toString(),
                "documentControl", map("classification", control.classification(),
                        "reviewIntervalMonths", control.reviewIntervalMonths(),
                        "owner", roles.get(control.owner()), "approver", roles.get(control.approver())),
                "topManagement", roles.get(sms.topManagement()), "manager", roles.get(control.owner()),
                "objectives", java.util.stream.IntStream.range(0, sms.objectives().size()).mapToObj(i -> {
                    var o = sms.objectives().get(i);
                    return (Object) map("id", o.id(), "ref", ReadableRefs.of("objective", i + 1, messages), "objective", o.objective(),
                            "measure", o.measure(), "target", o.target(), "owner", roles.get(o.owner()), "process", o.process());
                }).toList(),
                "risks", risks(sms.risks(), roles, messages));
    }

    /** Risks and opportunities, each numbered within its kind (R-01, R-02 ... and OPP-01 ...). */
    private static List<Object> risks(List<io.smsdocs.core.descriptor.model.Risk> risks, Map<String, Map<String, Object>> roles,
                                      Map<String, String> messages) {
        Map<String, Integer> counters = new java.util.HashMap<>();
        List<Object> result = new ArrayList<>();
        for (var r : risks) {
            String kind = "opportunity".equals(r.type()) ? "opportunity" : "risk";
            int number = counters.merge(kind, 1, Integer::sum);
            result.add(map("id", r.id(), "ref", ReadableRefs.of(kind, number, messages), "type", r.type(),
                    "description", r.description(), "likelihood", r.likelihood(), "impact", r.impact(),
                    "treatment", r.treatment(), "owner", roles.get(r.owner())));
        }
        return List.copyOf(result);
    }

    /** Every process of the catalogue in clause order, by id, with its owner, tool and how to name its tool. */
    private static Map<String, Object> processes(Descriptor descriptor, String edition, Map<String, String> messages,
                                                 Map<String, Map<String, Object>> roles, OpenDecisionMarks open) {
        String toolDecision = open.id(io.smsdocs.core.decision.OpenDecision.Topic.PROCESS_TOOLS);
        Map<String, Object> processes = new LinkedHashMap<>();
        for (ProcessDefinition definition : ProcessCatalogue.all()) {
            var setting = descriptor.processes().get(definition.id());
            processes.put(definition.id(), ToolPhrases.extend(map(
                    "id", definition.id(), "name", processName(definition, edition, messages),
                    "clause", definition.clauseIn(edition),
                    "owner", roles.get(setting.owner()), "tool", setting.tool(), "reviewFrequency", setting.reviewFrequency()), messages, toolDecision));
        }
        return Collections.unmodifiableMap(processes);
    }


    private static Map<String, Object> document(PlannedDocument document, Map<String, Map<String, Object>> roles, int reviewMonths,
                                                Map<String, String> messages, DisplayDates dates, PlanDates planDates) {
        String onApproval = messages.getOrDefault("onApproval", "On approval");
        ControlData control = document.control();
        Map<String, Object> owner = roles.get(control.owner());
        String defaultAuthor = owner.get("person") != null ? (String) owner.get("person") : (String) owner.get("title");
        return map("id", document.id(), "templateId", document.template().id(), "title", document.title(), "kind", document.kind(),
                "code", document.template().code(), "reference", document.reference(),
                "version", control.version(), "status", control.status(), "owner", owner,
                "approver", roles.get(control.approver()), "classification", control.classification(),
                "effectiveDate", control.effectiveDate() == null ? onApproval : dates.format(control.effectiveDate()),
                "effectiveDateIso", control.effectiveDate() == null ? null : control.effectiveDate().toString(),
                // A draft: the day the implementation plan finishes the work on its subject ("week 12" when undated).
                "draft", control.draft(), "plannedApproval", planDates.label(control.plannedApproval()),
                "plannedApprovalIso", planDates.iso(control.plannedApproval()),
                "nextReview", control.nextReview() == null
                        ? messages.getOrDefault("monthsAfterApproval", "{0} months after approval").replace("{0}", String.valueOf(reviewMonths))
                        : dates.format(control.nextReview()),
                "clauses", document.citedClauses(), "file", document.markdownFile(), "related", document.template().related(),
                "revisions", control.revisions().stream().map(r -> (Object) map("version", r.version(),
                        "date", r.date() == null ? onApproval : dates.format(r.date()),
                        "author", r.author() == null ? defaultAuthor : r.author(), "description", r.description())).toList());
    }


    /** An unmodifiable map of key/value pairs; null values are left out, so templates see them as missing. */
    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
