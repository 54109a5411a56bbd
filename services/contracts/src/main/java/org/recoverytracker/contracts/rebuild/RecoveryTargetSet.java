package org.recoverytracker.contracts.rebuild;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.recoverytracker.contracts.event.EventChecks;

/** A coordinator set a recovery target (version 1); {@code occurredAt} is when it was set. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecoveryTargetSet(
        UUID eventId,
        Instant occurredAt,
        UUID targetId,
        int version,
        RecoveryTarget target,
        String setBy,
        Instant setAt) implements RebuildEvent {

    public RecoveryTargetSet {
        EventChecks.header(eventId, occurredAt, version);
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(target, "target");
        RebuildChecks.recorded(setBy, setAt, "setBy", "setAt");
    }

    @Override
    public String entityId() {
        return targetId.toString();
    }
}
