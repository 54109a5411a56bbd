package org.recoverytracker.contracts.damage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** A coordinator confirmed the report's current content; {@code version} is the report's version after the decision. */
@Serdeable
public record DamageReportVerified(
        UUID eventId,
        Instant occurredAt,
        UUID reportId,
        int version,
        String verifiedBy,
        @Nullable String reason) implements DamageEvent {

    @Override
    public String entityId() {
        return reportId.toString();
    }
}
