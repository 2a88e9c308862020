package io.smsdocs.core.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import io.smsdocs.core.problem.Problem;
import io.smsdocs.core.descriptor.model.Certification;
import io.smsdocs.core.descriptor.model.Customer;
import io.smsdocs.core.descriptor.model.Descriptor;
import io.smsdocs.core.descriptor.model.DocumentControl;
import io.smsdocs.core.descriptor.model.DocumentOverride;
import io.smsdocs.core.descriptor.model.DocumentSettings;
import io.smsdocs.core.descriptor.model.Gap;
import io.smsdocs.core.descriptor.model.Implementation;
import io.smsdocs.core.descriptor.model.InternalAudit;
import io.smsdocs.core.descriptor.model.Objective;
import io.smsdocs.core.descriptor.model.Organization;
import io.smsdocs.core.descriptor.model.Priority;
import io.smsdocs.core.descriptor.model.Recovery;
import io.smsdocs.core.descriptor.model.ServiceRequest;
import io.smsdocs.core.descriptor.model.ProcessSetting;
import io.smsdocs.core.descriptor.model.Revision;
import io.smsdocs.core.descriptor.model.Risk;
import io.smsdocs.core.descriptor.model.Role;
import io.smsdocs.core.descriptor.model.Service;
import io.smsdocs.core.descriptor.model.SmsSettings;
import io.smsdocs.core.descriptor.model.Supplier;
import io.smsdocs.core.standard.ProcessCatalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the typed model from a schema-valid tree and applies the defaults. Dates that match the
 * schema's pattern but do not exist (2026-02-30) are reported here.
 */
final class DescriptorReader {

    private final LocatedTree tree;
    private final List<Problem> problems = new ArrayList<>();

    DescriptorReader(LocatedTree tree) {
        this.tree = tree;
    }

    List<Problem> problems() {
        return problems;
    }

    Descriptor read() {
        JsonNode root = tree.root();
        JsonNode org = root.path("organization");
        String name = org.path("name").asText();


        JsonNode sms = root.path("sms");
        String topManagement = text(sms, "topManagement", DescriptorDefaults.TOP_MANAGEMENT);
        JsonNode control = sms.path("documentControl");
        DocumentControl documentControl = new DocumentControl(
                text(control, "classification", DescriptorDefaults.text(text(sms, "language", "en"), "classification", DescriptorDefaults.CLASSIFICATION)),
                control.path("reviewIntervalMonths").asInt(DescriptorDefaults.REVIEW_INTERVAL_MONTHS),
                text(control, "owner", DescriptorDefaults.SMS_MANAGER),
                text(control, "approver", topManagement), textMap(control.path("approvals")));
        String manager = documentControl.owner();
        SmsSettings settings = new SmsSettings(
                text(sms, "edition", "2018"), text(sms, "language", "en"), sms.path("scope").asText().strip(),
                date(sms, "effectiveDate", "/sms/effectiveDate"), topManagement, documentControl,
                sms.has("objectives") ? objectives(sms.path("objectives"), manager) : DescriptorDefaults.objectives(manager, text(sms, "language", "en")),
                sms.has("risks") ? risks(sms.path("risks"), manager) : DescriptorDefaults.risks(manager, text(sms, "language", "en")),
                text(sms, "referenceDocx", null), sms.path("guidance").asBoolean(false), text(sms, "defaultTool", null));

        Map<String, ProcessSetting> processes = processes(root.path("processes"), manager, settings.defaultTool());
        String supplierManager = processes.get("supplier-management").owner();

        List<Customer> customers = customers(root.path("customers"));
        Organization organization = new Organization(name, text(org, "shortName", name.split("\\s+")[0]),
                text(org, "address", null), text(org, "logo", null),
                org.has("providerType") ? org.path("providerType").asText() : ProviderTypeRule.derive(customers),
                !org.has("providerType"), text(org, "sector", null));
        List<Service> services = services(root.path("services"), manager, customers);
        List<Supplier> suppliers = suppliers(root.path("suppliers"), supplierManager);
        DocumentSettings documents = documents(root.path("documents"));
        Set<String> referenced = new HashSet<>(List.of(topManagement, documentControl.owner(), documentControl.approver()));
        referenced.addAll(documentControl.approvals().values());
        settings.objectives().forEach(o -> referenced.add(o.owner()));
        settings.risks().forEach(r -> referenced.add(r.owner()));
        services.forEach(s -> referenced.add(s.owner()));
        suppliers.forEach(s -> referenced.add(s.manager()));
        processes.values().forEach(p -> referenced.add(p.owner()));
        documents.overrides().values().forEach(o -> {
            referenced.add(o.owner());
            referenced.add(o.approver());
        });
        JsonNode audit = root.path("internalAudit");
        InternalAudit internalAudit = new InternalAudit(audit.has("auditors") ? strings(audit.path("auditors")) : List.of(manager),
                textMap(audit.path("assignments")));
        referenced.addAll(internalAudit.auditors());
        referenced.addAll(internalAudit.assignments().values());
        String language = settings.language();
        return new Descriptor(organization, settings, roles(root.path("roles"), referenced, language), services,
                customers, suppliers, priorities(root.path("serviceLevels").path("priorities"), language),
                processes, implementation(root.path("implementation")), certification(root.path("certification")), documents,
                internalAudit);
    }

    /** The descriptor's roles, plus each built-in role that something refers to and the descriptor does not define. */
    private List<Role> roles(JsonNode list, Set<String> referenced, String language) {
        Map<String, Role> roles = new LinkedHashMap<>();
        for (Role builtIn : DescriptorDefaults.roles(language)) {
            if (referenced.contains(builtIn.id())) {
                roles.put(builtIn.id(), builtIn);
            }
        }
        for (JsonNode node : list) {
            Role role = new Role(node.path("id").asText(), node.path("title").asText(), text(node, "person", null),
                    text(node, "email", null), strings(node.path("responsibilities")),
                    node.path("capacity").isIntegralNumber() ? node.path("capacity").asInt() : null,
                    text(node.path("grammar"), "gender", null), "plural".equals(text(node.path("grammar"), "number", null)));
            roles.remove(role.id()); // a descriptor role replaces the built-in one, and keeps its position
            roles.put(role.id(), role);
        }
        return new ArrayList<>(roles.values());
    }

    private List<Service> services(JsonNode list, String defaultOwner, List<Customer> customers) {
        Set<String> external = new HashSet<>();
        customers.stream().filter(c -> "external".equals(c.type())).forEach(c -> external.add(c.id()));
        List<Service> services = new ArrayList<>();
        for (JsonNode node : list) {
            BigDecimal target = (node.has("availabilityTarget") ? node.path("availabilityTarget").decimalValue()
                    : new BigDecimal(DescriptorDefaults.AVAILABILITY_TARGET)).stripTrailingZeros();
            String hours = text(node, "hours", DescriptorDefaults.SERVICE_HOURS);
            List<String> served = strings(node.path("customers"));
            boolean derived = !node.has("criticality");
            String criticality = derived
                    ? CriticalityRule.derive(hours, target, (int) served.stream().filter(external::contains).count())
                    : node.path("criticality").asText();
            services.add(new Service(node.path("id").asText(), node.path("name").asText(),
                    text(node, "description", ""), text(node, "owner", defaultOwner), served,
                    strings(node.path("suppliers")), hours, target, criticality,
                    node.path("docNumber").isIntegralNumber() ? node.path("docNumber").asInt() : null,
                    derived, strings(node.path("dependsOn")), text(node, "maintenanceWindow", null), recovery(node.path("recovery")),
                    requests(node.path("requests"))));
        }
        return services;
    }

    private static List<ServiceRequest> requests(JsonNode list) {
        List<ServiceRequest> requests = new ArrayList<>();
        for (JsonNode node : list) {
            requests.add(new ServiceRequest(node.path("name").asText(), text(node, "type", "standard")));
        }
        return requests;
    }

    private static Recovery recovery(JsonNode node) {
        if (node.isMissingNode()) {
            return Recovery.NONE;
        }
        return new Recovery(node.has("rto") ? node.path("rto").decimalValue().stripTrailingZeros() : null,
                node.has("rpo") ? node.path("rpo").decimalValue().stripTrailingZeros() : null,
                text(node, "alternate", null), strings(node.path("steps")));
    }

    private List<Customer> customers(JsonNode list) {
        List<Customer> customers = new ArrayList<>();
        for (JsonNode node : list) {
            customers.add(new Customer(node.path("id").asText(), node.path("name").asText(),
                    text(node, "type", "external"), text(node, "contact", null)));
        }
        return customers;
    }

    private List<Supplier> suppliers(JsonNode list, String defaultManager) {
        List<Supplier> suppliers = new ArrayList<>();
        for (JsonNode node : list) {
            suppliers.add(new Supplier(node.path("id").asText(), node.path("name").asText(), text(node, "type", "external"),
                    text(node, "provides", null), text(node, "contractRef", null), text(node, "manager", defaultManager)));
        }
        return suppliers;
    }

    private List<Priority> priorities(JsonNode list, String language) {
        if (list.isMissingNode() || list.isEmpty()) {
            return DescriptorDefaults.priorities(language);
        }
        List<Priority> priorities = new ArrayList<>();
        for (JsonNode node : list) {
            priorities.add(new Priority(node.path("id").asText(), node.path("name").asText(), text(node, "description", ""),
                    node.path("response").asText(), node.path("resolution").asText()));
        }
        return priorities;
    }

    private Map<String, ProcessSetting> processes(JsonNode settings, String defaultOwner, String defaultTool) {
        Map<String, ProcessSetting> processes = new LinkedHashMap<>();
        for (String id : ProcessCatalogue.ids()) {
            JsonNode node = settings.path(id);
            processes.put(id, new ProcessSetting(id, text(node, "owner", defaultOwner), text(node, "tool", defaultTool),
                    text(node, "reviewFrequency", DescriptorDefaults.REVIEW_FREQUENCY)));
        }
        return processes;
    }

    private List<Objective> objectives(JsonNode list, String defaultOwner) {
        List<Objective> objectives = new ArrayList<>();
        int index = 1;
        for (JsonNode node : list) {
            objectives.add(new Objective(text(node, "id", "obj-" + index++), node.path("objective").asText(),
                    text(node, "measure", ""), text(node, "target", ""), text(node, "owner", defaultOwner), text(node, "process", null)));
        }
        return objectives;
    }

    private List<Risk> risks(JsonNode list, String defaultOwner) {
        List<Risk> risks = new ArrayList<>();
        int index = 1;
        for (JsonNode node : list) {
            risks.add(new Risk(text(node, "id", "risk-" + index++), text(node, "type", "risk"),
                    node.path("description").asText(), text(node, "likelihood", "medium"), text(node, "impact", "medium"),
                    text(node, "treatment", ""), text(node, "owner", defaultOwner)));
        }
        return risks;
    }

    private Implementation implementation(JsonNode node) {
        List<Gap> gaps = new ArrayList<>();
        for (JsonNode gap : node.path("gaps")) {
            gaps.add(new Gap(gap.path("clause").asText(), gap.path("status").asText(), text(gap, "note", null)));
        }
        Map<String, Implementation.ActivitySetting> overrides = new LinkedHashMap<>();
        node.path("overrides").fields().forEachRemaining(entry -> overrides.put(entry.getKey(), new Implementation.ActivitySetting(
                entry.getValue().hasNonNull("effortDays") ? entry.getValue().get("effortDays").asInt() : null,
                text(entry.getValue(), "owner", null))));
        List<Implementation.Assessment> assessment = new ArrayList<>();
        for (JsonNode row : node.path("assessment")) {
            Map<String, String> ratings = new LinkedHashMap<>();
            row.path("ratings").fields().forEachRemaining(entry -> ratings.put(entry.getKey(), entry.getValue().asText()));
            assessment.add(new Implementation.Assessment(row.path("process").asText(), row.path("current").asInt(),
                    row.path("target").asInt(), ratings));
        }
        List<LocalDate> holidays = new ArrayList<>();
        for (int i = 0; i < node.path("holidays").size(); i++) {
            holidays.add(date(node.path("holidays"), i, "/implementation/holidays/" + i));
        }
        return new Implementation(date(node, "start", "/implementation/start"), gaps, overrides, assessment, holidays);
    }

    private Certification certification(JsonNode node) {
        return new Certification(text(node, "body", null), date(node, "stage1", "/certification/stage1"),
                date(node, "stage2", "/certification/stage2"), date(node, "decision", "/certification/decision"),
                date(node, "internalAudit", "/certification/internalAudit"),
                date(node, "managementReview", "/certification/managementReview"),
                node.path("internalAuditDone").asBoolean(false), node.path("managementReviewDone").asBoolean(false),
                completed(node.path("completed")));
    }

    /** The roadmap steps recorded as done, in the order the descriptor lists them. */
    private Map<String, LocalDate> completed(JsonNode node) {
        Map<String, LocalDate> completed = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> {
            LocalDate date = date(entry.getValue(), "/certification/completed/" + entry.getKey());
            if (date != null) {
                completed.put(entry.getKey(), date);
            }
        });
        return completed;
    }

    private DocumentSettings documents(JsonNode node) {
        Map<String, DocumentOverride> overrides = new LinkedHashMap<>();
        node.path("overrides").fields().forEachRemaining(entry -> {
            JsonNode o = entry.getValue();
            String base = "/documents/overrides/" + entry.getKey();
            List<Revision> revisions = new ArrayList<>();
            int index = 0;
            for (JsonNode r : o.path("revisions")) {
                revisions.add(new Revision(r.path("version").asText(),
                        date(r, "date", base + "/revisions/" + index++ + "/date"),
                        text(r, "author", null), r.path("description").asText()));
            }
            overrides.put(entry.getKey(), new DocumentOverride(text(o, "version", null), text(o, "status", null),
                    text(o, "owner", null), text(o, "approver", null), text(o, "classification", null),
                    date(o, "effectiveDate", base + "/effectiveDate"), revisions));
        });
        return new DocumentSettings(strings(node.path("exclude")), overrides);
    }

    private LocalDate date(JsonNode parent, String field, String pointer) {
        return date(parent.path(field), pointer);
    }

    private LocalDate date(JsonNode array, int index, String pointer) {
        return date(array.path(index), pointer);
    }

    private LocalDate date(JsonNode node, String pointer) {
        if (!node.isTextual()) {
            return null;
        }
        Problem impossible = CalendarDates.impossible(tree, pointer, node.asText());
        if (impossible != null) {
            problems.add(impossible);
            return null;
        }
        return LocalDate.parse(node.asText());
    }

    private static String text(JsonNode parent, String field, String fallback) {
        JsonNode node = parent.path(field);
        return node.isMissingNode() || node.isNull() ? fallback : node.asText();
    }

    /** A map of text values by key, in the descriptor's order; empty when the node is missing. */
    private static Map<String, String> textMap(JsonNode map) {
        Map<String, String> values = new LinkedHashMap<>();
        map.fields().forEachRemaining(entry -> values.put(entry.getKey(), entry.getValue().asText()));
        return values;
    }

    private static List<String> strings(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(value -> values.add(value.asText()));
        return values;
    }
}
