package org.recoverytracker.contracts.damage;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A coordinator rejected the report: it stops counting and the previous report for its area stands again. */
@Serdeable
public record DamageReportRejected(
        UUID eventId,
        Instant occurredAt,
        UUID reportId,
        int version,
        String rejectedBy,
        String reason) implements DamageEvent {

    @Override
    public String entityId() {
        return reportId.toString();
    }
}
