package org.recoverytracker.intake.security;

import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.List;

/**
 * The three roles a token's {@code roles} claim may name, and what its {@code areas} claim holds. Which role may
 * call which endpoint is each service's {@code micronaut.security.intercept-url-map}; what depends on the data
 * (whose report, which area) is checked in code with these helpers.
 */
public final class Roles {
    /** Submits damage reports, aid receipts and progress updates inside the assigned areas; reads their own. */
    public static final String FIELD_STAFF = "FIELD_STAFF";
    /** Reads everything, verifies and rejects, declares disasters, registers projects and targets, allocates aid. */
    public static final String COORDINATOR = "COORDINATOR";
    /** Manages users, roles and area assignments; reads the audit trail. */
    public static final String ADMIN = "ADMIN";
    public static final List<String> ALL = List.of(FIELD_STAFF, COORDINATOR, ADMIN);
    /** The claim listing the area codes (GSO) a user works in; each covers its whole subtree. */
    public static final String AREAS_CLAIM = "areas";

    private Roles() {
    }

    /** Field staff and nothing more: limited to their own submissions and their assigned areas. */
    public static boolean isFieldStaffOnly(Authentication authentication) {
        Collection<String> roles = authentication.getRoles();
        return roles.contains(FIELD_STAFF) && !roles.contains(COORDINATOR) && !roles.contains(ADMIN);
    }

    public static List<String> areas(Authentication authentication) {
        Object claim = authentication.getAttributes().get(AREAS_CLAIM);
        if (claim instanceof Collection<?> codes) {
            return codes.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return claim instanceof String code ? List.of(code) : List.of();
    }
}
