package io.smsdocs.core.decision;

import io.smsdocs.core.problem.SourceLocation;

import java.util.List;

/**
 * A decision the organisation has not made and no documented rule derives: the documents state what they
 * assume meanwhile and point here. id is its number in the decision register (D-01, …, in the order below);
 * subjects are the ids it concerns (a service, a supplier, the processes without an owner); assumed is what the
 * documents say until it is made (null when they say nothing); decider is the role id that must make it, or
 * null for the organisation's governing body; key is the descriptor key that records it; at is where to write it.
 */
public record OpenDecision(String id, Topic topic, List<String> subjects, String assumed, String decider, String key,
                           SourceLocation at) {

    public OpenDecision {
        subjects = List.copyOf(subjects);
    }

    /** What kind of decision is open; the order is the register's. */
    public enum Topic {
        TOP_MANAGEMENT_HOLDER("topManagementHolder"),
        SMS_MANAGER_HOLDER("smsManagerHolder"),
        PROVIDER_TYPE("providerType"),
        PROCESS_OWNERS("processOwners"),
        PROCESS_TOOLS("processTools"),
        OBJECTIVES("objectives"),
        RISKS("risks"),
        PRIORITIES("priorities"),
        SERVICE_HOURS("serviceHours"),
        AVAILABILITY_TARGET("availabilityTarget"),
        SERVICE_CUSTOMERS("serviceCustomers"),
        MAINTENANCE_WINDOW("maintenanceWindow"),
        RECOVERY_ALTERNATE("recoveryAlternate"),
        SUPPLIER_AGREEMENT("supplierAgreement"),
        CONTACT_DETAILS("contactDetails");

        private final String key;

        Topic(String key) {
            this.key = key;
        }

        /** The topic's key in message bundles and template models: decision.serviceHours. */
        public String key() {
            return key;
        }
    }
}
