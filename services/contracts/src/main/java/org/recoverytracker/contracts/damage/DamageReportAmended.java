package org.recoverytracker.contracts.damage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A report's new content, replacing every figure of the version it names in {@code replacesVersion}
 * (moving a person from missing to dead is an amendment).
 */
@Serdeable
public record DamageReportAmended(
        UUID eventId,
        Instant occurredAt,
        UUID reportId,
        int version,
        int replacesVersion,
        String disasterId,
        String areaCode,
        Instant asOf,
        Source source,
        ReportType reportType,
        Map<String, BigDecimal> figures,
        @Nullable GeoPoint location,
        @Nullable String note,
        String amendedBy,
        Instant amendedAt) implements DamageEvent {

    @Override
    public String entityId() {
        return reportId.toString();
    }
}
