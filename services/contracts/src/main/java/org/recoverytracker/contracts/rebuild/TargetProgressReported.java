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
 * A directly reported target's achieved value as of {@code asOf} (= {@code occurredAt}), cumulative, in the
 * target's unit. Keyed by {@code targetId}; {@code version} is the update's own, as for project progress, and the
 * update with the latest {@code asOf} stands (a tie goes to the one recorded last).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetProgressReported(
        UUID eventId,
        Instant occurredAt,
        UUID targetId,
        int version,
        UUID updateId,
        Instant asOf,
        BigDecimal achievedValue,
        @Nullable String note,
        String reportedBy,
        Instant reportedAt) implements RebuildEvent {

    public TargetProgressReported {
        EventChecks.header(eventId, occurredAt, version);
        Objects.requireNonNull(targetId, "targetId");
        RebuildChecks.progress(updateId, asOf, achievedValue, "achievedValue");
        RebuildChecks.recorded(reportedBy, reportedAt, "reportedBy", "reportedAt");
    }

    @Override
    public String entityId() {
        return targetId.toString();
    }
}
