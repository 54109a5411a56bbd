package org.recoverytracker.contracts.damage;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.recoverytracker.contracts.event.EventChecks;

/** A coordinator confirmed the report's current content; {@code version} is the report's version after the decision. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DamageReportVerified(
        UUID eventId,
        Instant occurredAt,
        UUID reportId,
        int version,
        String verifiedBy,
        @Nullable String reason) implements DamageEvent {

    public DamageReportVerified {
        EventChecks.header(eventId, occurredAt, version);
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(verifiedBy, "verifiedBy");
    }

    @Override
    public String entityId() {
        return reportId.toString();
    }
}
