package org.recoverytracker.contracts.identity;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.recoverytracker.contracts.event.EventChecks;

/**
 * Every access token of {@code username} issued before {@code tokensIssuedBefore} must be refused from now on: an
 * admin disabled the account or reset its password ({@code reason}). The record key is {@link #entityId()}, so the
 * compacted topic keeps the latest revocation of each user; a later one supersedes an earlier one. {@code version}
 * is always 1: a user has no versioned state on this topic.
 */
@Serdeable
public record UserAccessRevoked(
        UUID eventId,
        Instant occurredAt,
        String username,
        int version,
        Instant tokensIssuedBefore,
        String reason,
        String revokedBy) implements AccessEvent {

    public UserAccessRevoked {
        EventChecks.header(eventId, occurredAt, version);
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(tokensIssuedBefore, "tokensIssuedBefore");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(revokedBy, "revokedBy");
    }

    @Override
    public String entityId() {
        return "user/" + username;
    }
}
