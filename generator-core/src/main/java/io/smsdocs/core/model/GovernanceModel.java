package io.smsdocs.core.model;

import io.smsdocs.core.descriptor.model.Descriptor;
import io.smsdocs.core.descriptor.model.Gap;
import io.smsdocs.core.descriptor.model.Service;
import io.smsdocs.core.descriptor.model.Supplier;
import io.smsdocs.core.plan.DocumentPlan;
import io.smsdocs.core.plan.PlannedDocument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static io.smsdocs.core.model.TemplateModelFactory.map;

/**
 * What the governance documents (plan, scope, policy, management review, competence, document control,
 * information security policy, glossary, cross-reference) say about the SMS as a whole, derived once from the
 * descriptor and the plan and exposed to templates as {@code governance}. Every language's template reads the
 * same values; the words that differ by language come from the message bundles. Values that several documents
 * state are computed here once, so the documents cannot disagree about them (and checks over them have one
 * place to look):
 * <ul>
 * <li>tools, untooledProcesses, technology, processRows, inTool: the tools in use, the processes without one,
 *     and the process tables;</li>
 * <li>activeRoles, multiProcessOwners, keyOwner, otherProcessOwners, managerProcesses, managerOwnsAll,
 *     topProcesses: who takes part and who owns what;</li>
 * <li>roleDuties, competence, approvals, approvalChain, slaSignatory, emergencyCab, continuityDeputy, topGeneric, securityTitled, reportOwners:
 *     roles, their duties and authorities;</li>
 * <li>openGaps, hasSchedule, hasAuditDates: the state of implementation;</li>
 * <li>supplierType, externalContracts, contractRefs, suppliersNamed: the suppliers in words;</li>
 * <li>clauseCoverage, lastClause, documentKinds, hasSlas, availability: the document set and the services.</li>
 * </ul>
 */
final class GovernanceModel {

    /** The clause groups the scope statement shows coverage for, per edition. */
    private static final List<String> GROUPS_2018 = List.of("4", "5", "6", "7", "8.1", "8.2", "8.3", "8.4", "8.5", "8.6", "8.7", "9", "10");
    private static final List<String> GROUPS_2011 = List.of("4.1", "4.2", "4.3", "4.4", "4.5", "5", "6", "7", "8", "9");

    private final Descriptor descriptor;
    private final DocumentPlan plan;
    private final Phrases phrases;
    private final String standard;
    private final Map<String, Map<String, Object>> roles;
    private final List<Map<String, Object>> processes;
    private final Map<String, Object> clauseTitles;
    private final Map<String, Object> top;
    private final Map<String, Object> manager;
    /** The approval chain as documents state it (DocumentApprovals), also read by the roles' duties. */
    private List<Object> approvalChain = List.of();

    private GovernanceModel(Descriptor descriptor, DocumentPlan plan, Map<String, String> messages, String standard,
                            Map<String, Map<String, Object>> roles, List<Object> processList, Map<String, Object> clauseTitles) {
        this.descriptor = descriptor;
        this.plan = plan;
        this.phrases = new Phrases(messages, descriptor.sms().language());
        this.standard = standard;
        this.roles = roles;
        this.processes = processList.stream().map(GovernanceModel::asMap).toList();
        this.clauseTitles = clauseTitles;
        this.top = roles.get(descriptor.sms().topManagement());
        this.manager = roles.get(descriptor.sms().documentControl().owner());
    }

    /**
     * The {@code governance} map.
     *
     * @param roles        the role maps of the model, by id (values refer to these same maps)
     * @param processList  the process maps of the model, in catalogue order
     * @param clauseTitles the clause titles of the set's edition and language
     */
    static Map<String, Object> of(Descriptor descriptor, DocumentPlan plan, Map<String, String> messages, String standard,
                                  Map<String, Map<String, Object>> roles, List<Object> processList, Map<String, Object> clauseTitles) {
        return new GovernanceModel(descriptor, plan, messages, standard, roles, processList, clauseTitles).build();
    }

    private Map<String, Object> build() {
        Map<String, Object> model = new LinkedHashMap<>();
        tools(model);
        model.put("processRows", processRows());
        model.put("inTool", inTool());
        model.put("openGaps", openGaps());
        ownership(model);
        approvalChain = DocumentApprovals.rows(plan, descriptor.sms().documentControl().approver(), roles, phrases);
        model.put("roleDuties", roleDuties());
        model.put("competence", competence());
        model.put("approvals", map("documents", role(descriptor.sms().documentControl().approver()),
                "escalation", id(role(descriptor.sms().documentControl().approver())).equals(id(top)) ? null : top));
        model.put("approvalChain", approvalChain);
        model.put("slaSignatory", slaSignatory());
        model.put("emergencyCab", phrases.fill("emergencyCab", "the {0} and the owner of the affected service, or their deputies",
                (String) owner("change-management").get("title")));
        Map<String, Object> continuityOwner = owner("service-continuity-management");
        Map<String, Object> deputy = id(continuityOwner).equals(id(top)) ? manager : continuityOwner;
        model.put("continuityDeputy", id(deputy).equals(id(top)) ? null : deputy);
        model.put("topGeneric", isGenericTop());
        model.put("securityTitled", isSecurityTitled());
        model.put("reportOwners", reportOwners());
        suppliers(model);
        schedule(model);
        coverage(model);
        model.put("documentKinds", documentKinds());
        model.put("hasSlas", plan.documents().stream().anyMatch(d -> d.id().startsWith("sla-")));
        model.put("availability", availability());
        model.values().removeIf(Objects::isNull);
        return java.util.Collections.unmodifiableMap(model);
    }

    /**
     * tools: each configured tool once, in the order processes first name it, with the processes it supports;
     * untooledProcesses: the names of the processes without a tool; technology: the rows of the plan's
     * technology table, the tools and then, when some processes have none, the default tool with those.
     */
    private void tools(Map<String, Object> model) {
        Map<String, List<String>> byTool = new LinkedHashMap<>();
        List<String> untooled = new ArrayList<>();
        for (Map<String, Object> process : processes) {
            String tool = (String) process.get("tool");
            if (tool != null && !tool.isEmpty()) {
                byTool.computeIfAbsent(tool, t -> new ArrayList<>()).add(name(process));
            } else {
                untooled.add(name(process));
            }
        }
        List<Object> tools = new ArrayList<>();
        byTool.forEach((tool, names) -> tools.add(map("name", tool, "processes", List.copyOf(names))));
        List<Object> technology = new ArrayList<>(tools);
        if (!tools.isEmpty() && !untooled.isEmpty()) {
            technology.add(map("name", defaultToolLabel(), "processes", List.copyOf(untooled)));
        }
        model.put("tools", List.copyOf(tools));
        model.put("untooledProcesses", List.copyOf(untooled));
        model.put("technology", List.copyOf(technology));
    }

    /**
     * The default tool as a table entry: "The service management tool (open decision D-04)" while no tool is
     * named (German without its article), else the SMS's default tool.
     */
    private String defaultToolLabel() {
        if (descriptor.sms().defaultTool() != null) {
            return descriptor.sms().defaultTool();
        }
        String decision = plan.openDecisions().stream()
                .filter(d -> d.topic() == io.smsdocs.core.decision.OpenDecision.Topic.PROCESS_TOOLS)
                .map(io.smsdocs.core.decision.OpenDecision::id).findFirst().orElse(null);
        return ToolPhrases.openMark(phrases.text("defaultToolLabel", Phrases.capFirst(defaultTool())), decision, phrases.messages());
    }

    private String defaultTool() {
        return phrases.text("defaultTool", "the service management tool");
    }

    /**
     * The rows of the process tables: name, clause and owner, the tool as a table entry, the review frequency as
     * written in the descriptor (translated where a bundle knows it) and capitalised, and the documents of the
     * set that address the process's clause (registers and agreements left out).
     */
    private List<Object> processRows() {
        List<Object> rows = new ArrayList<>();
        for (Map<String, Object> process : processes) {
            String tool = (String) process.get("tool");
            String frequency = (String) process.get("reviewFrequency");
            String review = frequency == null ? null
                    : phrases.text("frequency." + frequency.toLowerCase(Locale.ROOT).replace(' ', '-'), frequency);
            String clause = (String) process.get("clause");
            rows.add(map("id", process.get("id"), "name", name(process), "clause", clause, "owner", process.get("owner"),
                    "tool", tool != null && !tool.isEmpty() ? Phrases.capFirst(tool) : defaultToolLabel(),
                    "review", review, "reviewLabel", review == null ? null : Phrases.capFirst(review),
                    "documents", plan.documents().stream()
                            .filter(d -> !d.kind().equals("register") && !d.kind().equals("agreement") && d.clauses().contains(clause))
                            .map(PlannedDocument::id).toList()));
        }
        return List.copyOf(rows);
    }

    /** "in Jira Service Management", or the default tool with its preposition ("in the service management tool"). */
    private Map<String, Object> inTool() {
        Map<String, Object> in = new LinkedHashMap<>();
        for (Map<String, Object> process : processes) {
            // Worded once, on the process itself (ToolPhrases).
            in.put((String) process.get("id"), process.get("inTool"));
        }
        return java.util.Collections.unmodifiableMap(in);
    }

    /** The gaps not yet implemented: clause, its title, the status in words and the note. */
    private List<Object> openGaps() {
        List<Object> rows = new ArrayList<>();
        for (Gap gap : descriptor.implementation().gaps()) {
            if (!"implemented".equals(gap.status())) {
                rows.add(map("clause", gap.clause(), "title", clauseTitles.getOrDefault(gap.clause(), ""),
                        "status", phrases.text("gapStatus." + gap.status(), phrases.text("word." + gap.status(), Phrases.capFirst(gap.status()))),
                        "note", gap.note()));
            }
        }
        return List.copyOf(rows);
    }

    /**
     * activeRoles: the roles that take part in the SMS (a named holder, a process, top management, the SMS
     * manager or responsibilities of their own); multiProcessOwners: the roles that own two or more processes;
     * keyOwner: the one role that owns several processes when there is exactly one, with how many
     * (a key-person dependency); otherProcessOwners: the owners of processes other than top management and
     * the SMS manager, each once, in process order; managerProcesses and topProcesses: the names of the
     * processes the SMS manager and top management own (top management's only when it is not the manager);
     * managerOwnsAll: the SMS manager owns every process.
     */
    private void ownership(Map<String, Object> model) {
        List<Object> active = new ArrayList<>();
        List<Object> multi = new ArrayList<>();
        for (Map<String, Object> role : roles.values()) {
            if (hasText(role.get("person")) || !owned(role).isEmpty() || id(role).equals(id(top)) || id(role).equals(id(manager))
                    || !list(role.get("responsibilities")).isEmpty()) {
                active.add(role);
            }
            if (owned(role).size() > 1) {
                multi.add(role);
            }
        }
        model.put("activeRoles", List.copyOf(active));
        model.put("multiProcessOwners", List.copyOf(multi));
        if (multi.size() == 1) {
            Map<String, Object> key = asMap(multi.get(0));
            model.put("keyOwner", map("role", key, "processes", owned(key).size()));
        }
        Set<String> seen = new LinkedHashSet<>(List.of(id(top), id(manager)));
        List<Object> others = new ArrayList<>();
        for (Map<String, Object> process : processes) {
            Map<String, Object> owner = asMap(process.get("owner"));
            if (seen.add(id(owner))) {
                others.add(owner);
            }
        }
        model.put("otherProcessOwners", List.copyOf(others));
        model.put("managerProcesses", names(owned(manager)));
        model.put("managerOwnsAll", owned(manager).size() == processes.size());
        model.put("topProcesses", id(top).equals(id(manager)) ? List.of() : names(owned(top)));
    }

    /**
     * The rows of the policy's table of roles: everything the descriptor makes a role accountable for, for every
     * role with an accountability or a named holder (top management always has one), in the order of the roles.
     */
    private List<Object> roleDuties() {
        List<Object> rows = new ArrayList<>();
        for (Map<String, Object> role : roles.values()) {
            String duties = dutiesOf(role);
            if (!duties.isEmpty() || hasText(role.get("person"))) {
                rows.add(map("role", role, "duties", duties.isEmpty()
                        ? phrases.text("duty.none", "Carries out the activities assigned to the role in the SMS procedures.") : duties + "."));
            }
        }
        return List.copyOf(rows);
    }

    private String dutiesOf(Map<String, Object> role) {
        List<String> parts = new ArrayList<>();
        list(role.get("responsibilities")).forEach(r -> parts.add((String) r));
        if (id(role).equals(id(top))) {
            // What top management approves is stated with the chain below, from the documents' own approvers.
            parts.add(phrases.text("duty.topManagement", "Top management: directs the SMS, provides resources and chairs the management review"));
        }
        if (id(role).equals(id(manager))) {
            parts.add(phrases.text("duty.manager", "Management representative and owner of the SMS (see below)"));
        }
        if (id(role).equals(descriptor.sms().documentControl().owner())) {
            parts.add(phrases.text("duty.documentControl", "Owner of the control of SMS documented information"));
        }
        for (Object row : approvalChain) {
            if (id(asMap(asMap(row).get("approver"))).equals(id(role))) {
                parts.add(phrases.fill("duty.approves", "Approves {0}", (String) asMap(row).get("what")));
            }
        }
        if (!owned(role).isEmpty()) {
            parts.add(phrases.fill("duty.processes", "Process owner: {0}", phrases.andList(names(owned(role)))));
        }
        if (!list(role.get("ownedServices")).isEmpty()) {
            parts.add(phrases.fill("duty.services", "Service owner: {0}", phrases.andList(names(list(role.get("ownedServices"))))));
        }
        if (!list(role.get("managedSuppliers")).isEmpty()) {
            parts.add(phrases.fill("duty.suppliers", "Supplier relationship: {0}", phrases.andList(names(list(role.get("managedSuppliers"))))));
        }
        if (!list(role.get("ownedObjectives")).isEmpty()) {
            parts.add(phrases.fill("duty.objectives", "Objective owner: {0}",
                    String.join("; ", list(role.get("ownedObjectives")).stream().map(o -> (String) asMap(o).get("objective")).toList())));
        }
        return String.join(". ", parts);
    }

    /**
     * The rows of the competence requirements table: each role with what owning its processes, services and
     * supplier relationships calls for, and roles with a named holder but nothing owned.
     */
    private List<Object> competence() {
        List<Object> rows = new ArrayList<>();
        for (Map<String, Object> role : roles.values()) {
            List<String> parts = new ArrayList<>();
            if (id(role).equals(id(top))) {
                parts.add(phrases.text("competence.topManagement", "leading a management system; interpreting SMS performance and risk reports"));
            }
            if (id(role).equals(id(manager))) {
                parts.add(phrases.fill("competence.manager", "detailed knowledge of {0} (implementer or lead auditor level); process design; "
                        + "risk assessment; internal audit", standard));
            }
            for (Object process : owned(role)) {
                Map<String, Object> p = asMap(process);
                parts.add(phrases.text("skill." + p.get("id"), name(p)));
            }
            if (!list(role.get("ownedServices")).isEmpty()) {
                parts.add(phrases.fill("competence.services", "technical and commercial knowledge of {0}",
                        phrases.andList(names(list(role.get("ownedServices"))))));
            }
            if (!list(role.get("managedSuppliers")).isEmpty()) {
                parts.add(phrases.fill("competence.suppliers", "knowledge of the agreements with {0}",
                        phrases.andList(names(list(role.get("managedSuppliers"))))));
            }
            if (!parts.isEmpty()) {
                rows.add(map("role", role, "required", Phrases.capFirst(String.join("; ", parts)) + "."));
            } else if (hasText(role.get("person"))) {
                rows.add(map("role", role, "required", phrases.text("competence.roleDescription", "As set out in the role description.")));
            }
        }
        return List.copyOf(rows);
    }

    /**
     * Who signs the service level agreements for the organisation: their approver, as their document-control
     * tables name it (the approver is the signatory); the chain's approver of agreements when the set has no
     * SLA or its SLAs name different approvers.
     */
    private Map<String, Object> slaSignatory() {
        List<String> approvers = plan.documents().stream().filter(d -> d.kind().equals("agreement"))
                .map(d -> d.control().approver()).distinct().toList();
        if (approvers.size() == 1) {
            return role(approvers.get(0));
        }
        String slmOwner = descriptor.processes().get("service-level-management").owner();
        return role(new io.smsdocs.core.plan.ApprovalChain(descriptor).approver("agreement", slmOwner));
    }

    /** The top management role is called just that ("Top management"), so documents do not name it twice. */
    private boolean isGenericTop() {
        String title = ((String) top.get("title")).toLowerCase(Locale.ROOT);
        return title.equals("top management") || title.equals(phrases.text("genericTopManagement", "top management").toLowerCase(Locale.ROOT));
    }

    /** The owner of information security has a title that already says so ("Information Security Officer"). */
    private boolean isSecurityTitled() {
        String title = ((String) owner("information-security-management").get("title")).toLowerCase(Locale.ROOT);
        return title.contains("security") || title.contains(phrases.text("securityTitleWord", "security").toLowerCase(Locale.ROOT));
    }

    /** The owners of the monthly service and capacity reports, each once. */
    private List<Object> reportOwners() {
        Map<String, Object> reporting = owner("service-reporting");
        Map<String, Object> capacity = owner("capacity-management");
        return id(reporting).equals(id(capacity)) ? List.of(reporting.get("title")) : List.of(reporting.get("title"), capacity.get("title"));
    }

    /**
     * supplierType: the words for each supplier type ({word, label}: "external supplier", "External supplier");
     * externalContracts: each external supplier with its contract reference ("Fabrikam Cloud (FAB-2025-014)");
     * contractRefs: the contract reference of each external supplier, or its name when it has none;
     * suppliersNamed: the suppliers by type as one phrase each ("the external suppliers A and B").
     */
    private void suppliers(Map<String, Object> model) {
        model.put("supplierType", map(
                "external", map("word", phrases.text("externalSupplier", "external supplier"), "label", phrases.text("ExternalSupplier", "External supplier")),
                "internal", map("word", phrases.text("internalSupplier", "internal supplier"), "label", phrases.text("InternalSupplier", "Internal supplier"))));
        List<Supplier> external = descriptor.suppliers().stream().filter(s -> "external".equals(s.type())).toList();
        List<Supplier> internal = descriptor.suppliers().stream().filter(s -> "internal".equals(s.type())).toList();
        model.put("externalContracts", external.stream()
                .map(s -> s.name() + (hasText(s.contractRef()) ? " (" + s.contractRef() + ")" : "")).toList());
        model.put("contractRefs", external.stream().map(s -> s.contractRef() != null ? s.contractRef() : s.name()).toList());
        List<String> named = new ArrayList<>();
        if (!external.isEmpty()) {
            named.add(suppliersNamed("external", external));
        }
        if (!internal.isEmpty()) {
            named.add(suppliersNamed("internal", internal));
        }
        model.put("suppliersNamed", List.copyOf(named));
    }

    private String suppliersNamed(String type, List<Supplier> suppliers) {
        boolean one = suppliers.size() == 1;
        String english = "the " + type + " supplier" + (one ? "" : "s") + " {0}";
        return phrases.fill("suppliersNamed." + type + (one ? ".one" : ".many"), english,
                phrases.andList(suppliers.stream().map(Supplier::name).toList()));
    }

    /**
     * hasSchedule: an implementation start or a certification audit date is known; hasAuditDates: a stage 1
     * or stage 2 audit date is known.
     */
    private void schedule(Map<String, Object> model) {
        var certification = descriptor.certification();
        boolean auditDates = certification.stage1() != null || certification.stage2() != null;
        model.put("hasAuditDates", auditDates);
        model.put("hasSchedule", auditDates || descriptor.implementation().start() != null);
    }

    /**
     * clauseCoverage: for each clause group of the edition, the documents of the set that address it (agreements
     * and registers left out) and whether service level agreements do; lastClause: the last clause group with
     * requirements ("10"; "9" in 2011).
     */
    private void coverage(Map<String, Object> model) {
        List<String> groups = "2011".equals(plan.edition()) ? GROUPS_2011 : GROUPS_2018;
        List<Object> rows = new ArrayList<>();
        for (String group : groups) {
            List<PlannedDocument> addressing = plan.documents().stream()
                    .filter(d -> d.clauses().stream().anyMatch(c -> c.equals(group) || c.startsWith(group + "."))).toList();
            rows.add(map("clause", group, "title", clauseTitles.getOrDefault(group, ""),
                    "documents", addressing.stream().filter(d -> !d.kind().equals("agreement") && !d.kind().equals("register"))
                            .map(PlannedDocument::id).toList(),
                    "agreements", addressing.stream().anyMatch(d -> d.kind().equals("agreement"))));
        }
        model.put("clauseCoverage", List.copyOf(rows));
        model.put("lastClause", groups.get(groups.size() - 1));
    }

    /**
     * The kinds of document in the set, in the order they first occur: the kind in words, its code prefix, the
     * first document of the kind as an example, and the roles that approve documents of the kind.
     */
    private List<Object> documentKinds() {
        Map<String, List<PlannedDocument>> byKind = new LinkedHashMap<>();
        plan.documents().forEach(d -> byKind.computeIfAbsent(d.kind(), k -> new ArrayList<>()).add(d));
        List<Object> rows = new ArrayList<>();
        byKind.forEach((kind, documents) -> {
            PlannedDocument first = documents.get(0);
            String code = first.template().code();
            rows.add(map("kind", kind, "label", phrases.text("word." + kind, Phrases.capFirst(kind)),
                    "prefix", code.contains("-") ? code.substring(0, code.indexOf('-')) : code,
                    "example", first.reference(),
                    "approvers", String.join(", ", documents.stream().map(d -> (String) role(d.control().approver()).get("title"))
                            .distinct().toList())));
        });
        return List.copyOf(rows);
    }

    /** The lowest and highest availability target of the services, and whether they are the same. */
    private Map<String, Object> availability() {
        List<BigDecimal> targets = descriptor.services().stream().map(Service::availabilityTarget).filter(Objects::nonNull).toList();
        if (targets.isEmpty()) {
            return null;
        }
        BigDecimal lowest = targets.stream().min(Comparator.naturalOrder()).orElseThrow();
        BigDecimal highest = targets.stream().max(Comparator.naturalOrder()).orElseThrow();
        return map("lowest", lowest, "highest", highest, "same", lowest.compareTo(highest) == 0);
    }

    private Map<String, Object> owner(String processId) {
        return processes.stream().filter(p -> processId.equals(p.get("id"))).findFirst().map(p -> asMap(p.get("owner"))).orElseThrow();
    }

    private Map<String, Object> role(String id) {
        return roles.get(id);
    }

    private static List<Object> owned(Map<String, Object> role) {
        return list(role.get("ownedProcesses"));
    }

    private static List<String> names(List<Object> items) {
        return items.stream().map(i -> name(asMap(i))).toList();
    }

    private static String name(Map<String, Object> item) {
        return (String) item.get("name");
    }

    private static String id(Map<String, Object> item) {
        return (String) item.get("id");
    }

    private static boolean hasText(Object value) {
        return value instanceof String s && !s.isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
