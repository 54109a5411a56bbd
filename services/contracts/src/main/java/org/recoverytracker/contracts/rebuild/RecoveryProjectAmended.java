package org.recoverytracker.contracts.rebuild;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.recoverytracker.contracts.event.EventChecks;

/**
 * The project's new content, replacing all of the version named in {@code replacesVersion} (a changed target,
 * budget or schedule). Progress already reported stands and is measured against the new content.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecoveryProjectAmended(
        UUID eventId,
        Instant occurredAt,
        UUID projectId,
        int version,
        int replacesVersion,
        RecoveryProject project,
        String amendedBy,
        Instant amendedAt) implements RebuildEvent {

    public RecoveryProjectAmended {
        EventChecks.header(eventId, occurredAt, version);
        RebuildChecks.replaces(replacesVersion, version);
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(project, "project");
        RebuildChecks.recorded(amendedBy, amendedAt, "amendedBy", "amendedAt");
    }

    @Override
    public String entityId() {
        return projectId.toString();
    }
}
