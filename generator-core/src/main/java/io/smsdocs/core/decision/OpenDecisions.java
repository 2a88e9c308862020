package io.smsdocs.core.decision;

import com.fasterxml.jackson.databind.JsonNode;
import io.smsdocs.core.decision.OpenDecision.Topic;
import io.smsdocs.core.descriptor.LoadedDescriptor;
import io.smsdocs.core.descriptor.LocatedTree;
import io.smsdocs.core.descriptor.ServiceHours;
import io.smsdocs.core.descriptor.model.Descriptor;
import io.smsdocs.core.descriptor.model.Role;
import io.smsdocs.core.descriptor.model.Service;
import io.smsdocs.core.descriptor.model.Supplier;
import io.smsdocs.core.problem.SourceLocation;
import io.smsdocs.core.standard.ProcessCatalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds what the descriptor leaves undecided and no documented rule derives (docs/descriptor.md, "Open
 * decisions"): who holds top management and the SMS manager role, what kind of provider it is when it names no
 * customers, owners and tools of processes, the
 * objectives, risks and priority scheme when the starter ones stand in, each service's hours, target,
 * customers, maintenance window (round-the-clock services only: the others use the hours outside service
 * hours, a documented rule) and alternate arrangement, each supplier's contract or agreement, and the contact
 * details of the roles the continuity plan calls on. Values the descriptor states, even when equal to a
 * default, are decisions made.
 */
public final class OpenDecisions {

    private final Descriptor descriptor;
    private final LocatedTree tree;
    private final List<OpenDecision> found = new ArrayList<>();

    private OpenDecisions(LoadedDescriptor loaded) {
        this.descriptor = loaded.descriptor();
        this.tree = loaded.tree();
    }

    /** The open decisions of this descriptor, numbered D-01, D-02, … in the register's order. */
    public static List<OpenDecision> of(LoadedDescriptor loaded) {
        return new OpenDecisions(loaded).find();
    }

    private List<OpenDecision> find() {
        JsonNode root = tree.root();
        String top = descriptor.sms().topManagement();
        String manager = descriptor.sms().documentControl().owner();
        if (person(top) == null) {
            add(Topic.TOP_MANAGEMENT_HOLDER, List.of(top), null, null, "roles[" + top + "].person", roleAt(top));
        }
        if (!manager.equals(top) && person(manager) == null) {
            add(Topic.SMS_MANAGER_HOLDER, List.of(manager), null, top, "roles[" + manager + "].person", roleAt(manager));
        }
        if (descriptor.organization().providerType() == null) {
            add(Topic.PROVIDER_TYPE, List.of(), null, top, "organization.providerType", tree.keyAt("/organization"));
        }
        List<String> ownerless = ProcessCatalogue.ids().stream()
                .filter(id -> !root.path("processes").path(id).path("owner").isTextual()).toList();
        if (!ownerless.isEmpty()) {
            add(Topic.PROCESS_OWNERS, ownerless, manager, top, "processes.<process>.owner",
                    root.has("processes") ? tree.keyAt("/processes") : tree.keyAt("/sms"));
        }
        List<String> toolless = ProcessCatalogue.ids().stream()
                .filter(id -> descriptor.processes().get(id).tool() == null).toList();
        if (!toolless.isEmpty()) {
            add(Topic.PROCESS_TOOLS, toolless, null, manager, "sms.defaultTool", tree.keyAt("/sms"));
        }
        if (!root.path("sms").has("objectives")) {
            add(Topic.OBJECTIVES, List.of(), null, top, "sms.objectives", tree.keyAt("/sms"));
        }
        if (!root.path("sms").has("risks")) {
            add(Topic.RISKS, List.of(), null, top, "sms.risks", tree.keyAt("/sms"));
        }
        JsonNode priorities = root.path("serviceLevels").path("priorities");
        if (priorities.isMissingNode() || priorities.isEmpty()) {
            add(Topic.PRIORITIES, List.of(), null, processOwner("service-level-management"), "serviceLevels.priorities",
                    root.has("serviceLevels") ? tree.keyAt("/serviceLevels") : SourceLocation.of(tree.source()));
        }
        services();
        suppliers();
        contacts(top, manager);
        return List.copyOf(found);
    }

    private void services() {
        List<Service> services = descriptor.services();
        for (int i = 0; i < services.size(); i++) {
            Service service = services.get(i);
            JsonNode node = tree.root().path("services").path(i);
            String at = "/services/" + i;
            String key = "services[" + service.id() + "].";
            if (!node.has("hours")) {
                add(Topic.SERVICE_HOURS, List.of(service.id()), service.hours(), service.owner(), key + "hours", tree.keyAt(at));
            }
            if (!node.has("availabilityTarget")) {
                add(Topic.AVAILABILITY_TARGET, List.of(service.id()), service.availabilityTarget().toPlainString(), service.owner(),
                        key + "availabilityTarget", tree.keyAt(at));
            }
            if (service.customers().isEmpty()) {
                add(Topic.SERVICE_CUSTOMERS, List.of(service.id()), null, processOwner("business-relationship-management"),
                        key + "customers", tree.keyAt(at));
            }
            if (service.maintenanceWindow() == null && ServiceHours.roundTheClock(service.hours())) {
                add(Topic.MAINTENANCE_WINDOW, List.of(service.id()), null, processOwner("change-management"),
                        key + "maintenanceWindow", tree.keyAt(at));
            }
            if (service.recovery().alternate() == null) {
                add(Topic.RECOVERY_ALTERNATE, List.of(service.id()), null, processOwner("service-continuity-management"),
                        key + "recovery.alternate", tree.keyAt(node.has("recovery") ? at + "/recovery" : at));
            }
        }
    }

    private void suppliers() {
        List<Supplier> suppliers = descriptor.suppliers();
        for (int i = 0; i < suppliers.size(); i++) {
            Supplier supplier = suppliers.get(i);
            if (supplier.contractRef() == null) {
                add(Topic.SUPPLIER_AGREEMENT, List.of(supplier.id()), null, supplier.manager(),
                        "suppliers[" + supplier.id() + "].contractRef", tree.keyAt("/suppliers/" + i));
            }
        }
    }

    /** Roles the continuity plan calls on (top management, the SMS manager, owners of processes and services) without a name or an e-mail. */
    private void contacts(String top, String manager) {
        Set<String> called = new LinkedHashSet<>(List.of(top, manager));
        descriptor.processes().values().forEach(p -> called.add(p.owner()));
        descriptor.services().forEach(s -> called.add(s.owner()));
        List<String> unreachable = descriptor.roles().stream().filter(r -> called.contains(r.id()))
                .filter(r -> r.email() == null || r.person() == null).map(Role::id).toList();
        if (!unreachable.isEmpty()) {
            add(Topic.CONTACT_DETAILS, unreachable, null, manager, "roles[<role>].person, roles[<role>].email",
                    tree.root().has("roles") ? tree.keyAt("/roles") : SourceLocation.of(tree.source()));
        }
    }

    private void add(Topic topic, List<String> subjects, String assumed, String decider, String key, SourceLocation at) {
        found.add(new OpenDecision(String.format("D-%02d", found.size() + 1), topic, subjects, assumed, decider, key, at));
    }

    private String processOwner(String process) {
        return descriptor.processes().get(process).owner();
    }

    private Role role(String id) {
        return descriptor.role(id).orElse(null);
    }

    private String person(String roleId) {
        Role role = role(roleId);
        return role == null ? null : role.person();
    }

    /** The role's entry in the descriptor, or the roles list, or the file when the role is built in. */
    private SourceLocation roleAt(String roleId) {
        JsonNode roles = tree.root().path("roles");
        for (int i = 0; i < roles.size(); i++) {
            if (roleId.equals(roles.get(i).path("id").asText())) {
                return tree.keyAt("/roles/" + i);
            }
        }
        return roles.isMissingNode() ? SourceLocation.of(tree.source()) : tree.keyAt("/roles");
    }
}
