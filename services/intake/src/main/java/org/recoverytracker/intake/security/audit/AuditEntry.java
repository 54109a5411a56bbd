package org.recoverytracker.intake.security.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * One write as the audit trail shows it: which service recorded it, when, who did it, what they did (the event type,
 * e.g. {@code DamageReportSubmitted}, or a gateway action such as {@code UserDisabled}) to which entity and version.
 */
@Serdeable
public record AuditEntry(
        UUID id,
        String service,
        Instant at,
        String user,
        String action,
        String entity,
        @Nullable Integer version,
        @Nullable String detail) {
}
