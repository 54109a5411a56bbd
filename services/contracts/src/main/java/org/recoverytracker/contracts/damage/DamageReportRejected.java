package org.recoverytracker.contracts.damage;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.recoverytracker.contracts.event.EventChecks;

/** A coordinator rejected the report: it stops counting and the previous report for its area stands again. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DamageReportRejected(
        UUID eventId,
        Instant occurredAt,
        UUID reportId,
        int version,
        String rejectedBy,
        String reason) implements DamageEvent {

    public DamageReportRejected {
        EventChecks.header(eventId, occurredAt, version);
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(rejectedBy, "rejectedBy");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String entityId() {
        return reportId.toString();
    }
}
