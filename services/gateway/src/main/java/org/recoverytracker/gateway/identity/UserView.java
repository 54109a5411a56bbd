package org.recoverytracker.gateway.identity;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** A user as admins and the user themselves see it: never the password hash. */
@Serdeable
public record UserView(String username, String displayName, String role, List<String> areaCodes, boolean enabled,
                       Instant createdAt, Instant updatedAt) {
}
