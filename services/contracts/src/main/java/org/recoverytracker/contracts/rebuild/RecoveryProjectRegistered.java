package org.recoverytracker.contracts.rebuild;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.recoverytracker.contracts.event.EventChecks;

/** A coordinator registered a recovery project (version 1); {@code occurredAt} is when it was registered. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecoveryProjectRegistered(
        UUID eventId,
        Instant occurredAt,
        UUID projectId,
        int version,
        RecoveryProject project,
        String registeredBy,
        Instant registeredAt) implements RebuildEvent {

    public RecoveryProjectRegistered {
        EventChecks.header(eventId, occurredAt, version);
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(project, "project");
        RebuildChecks.recorded(registeredBy, registeredAt, "registeredBy", "registeredAt");
    }

    @Override
    public String entityId() {
        return projectId.toString();
    }
}
