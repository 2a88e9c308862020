package io.smsdocs.core.programme;

import io.smsdocs.core.standard.Activity;

/** Resolves an activity's owner to the role that does the work, so capacity is counted per person. */
final class OwnerRoles {

    /** Who does process work when the descriptor names no process owner. */
    static final String FALLBACK = "sms-manager";

    private OwnerRoles() {
    }

    static String resolve(Activity activity, PlanInput input) {
        ActivityOverride override = input.overrides().get(activity.id());
        if (override != null && override.ownerRole() != null) {
            return override.ownerRole();
        }
        String process = activity.ownerProcess();
        if (process == null) {
            return input.roleOf(activity.owner());
        }
        String role = input.ownerOfProcess().apply(process);
        return role == null ? input.roleOf(FALLBACK) : role;
    }
}
