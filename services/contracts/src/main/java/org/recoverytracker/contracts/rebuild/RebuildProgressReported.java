package org.recoverytracker.contracts.rebuild;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.recoverytracker.contracts.event.EventChecks;

/**
 * A project's cumulative progress as of {@code asOf} (= {@code occurredAt}): quantity completed so far in the
 * project's target unit and VND disbursed so far. Keyed by {@code projectId}, so a project's updates stay in order;
 * {@code version} is the update's own (1, then each correction of the same {@code updateId} under If-Match).
 * For a project, the update with the latest {@code asOf} stands; a tie goes to the one recorded last.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RebuildProgressReported(
        UUID eventId,
        Instant occurredAt,
        UUID projectId,
        int version,
        UUID updateId,
        Instant asOf,
        BigDecimal completedQuantity,
        long disbursedVnd,
        ProjectStatus status,
        @Nullable String note,
        String reportedBy,
        Instant reportedAt) implements RebuildEvent {

    public RebuildProgressReported {
        EventChecks.header(eventId, occurredAt, version);
        Objects.requireNonNull(projectId, "projectId");
        RebuildChecks.progress(updateId, asOf, completedQuantity, "completedQuantity");
        if (disbursedVnd < 0) {
            throw new IllegalArgumentException("disbursedVnd must not be negative, not " + disbursedVnd);
        }
        Objects.requireNonNull(status, "status");
        RebuildChecks.recorded(reportedBy, reportedAt, "reportedBy", "reportedAt");
    }

    @Override
    public String entityId() {
        return projectId.toString();
    }
}
