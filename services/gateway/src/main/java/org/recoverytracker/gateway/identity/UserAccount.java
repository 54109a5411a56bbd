package org.recoverytracker.gateway.identity;

import java.time.Instant;
import java.util.List;

/** A person who may sign in: one role, the areas (GSO codes, each with its subtree) they work in. */
public record UserAccount(String username, String displayName, String role, List<String> areaCodes, boolean enabled,
                          String passwordHash, Instant createdAt, Instant updatedAt) {

    public UserView view() {
        return new UserView(username, displayName, role, areaCodes, enabled, createdAt, updatedAt);
    }
}
