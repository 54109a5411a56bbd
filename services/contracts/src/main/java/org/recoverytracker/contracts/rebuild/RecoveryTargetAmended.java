package org.recoverytracker.contracts.rebuild;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.recoverytracker.contracts.event.EventChecks;

/** The target's new content, replacing all of the version named in {@code replacesVersion}. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecoveryTargetAmended(
        UUID eventId,
        Instant occurredAt,
        UUID targetId,
        int version,
        int replacesVersion,
        RecoveryTarget target,
        String amendedBy,
        Instant amendedAt) implements RebuildEvent {

    public RecoveryTargetAmended {
        EventChecks.header(eventId, occurredAt, version);
        RebuildChecks.replaces(replacesVersion, version);
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(target, "target");
        RebuildChecks.recorded(amendedBy, amendedAt, "amendedBy", "amendedAt");
    }

    @Override
    public String entityId() {
        return targetId.toString();
    }
}
