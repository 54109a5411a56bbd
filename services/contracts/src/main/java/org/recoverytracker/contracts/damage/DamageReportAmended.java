package org.recoverytracker.contracts.damage;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.recoverytracker.contracts.event.EventChecks;

/**
 * A report's new content, replacing every figure of the version it names in {@code replacesVersion}
 * (moving a person from missing to dead is an amendment).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
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

    public DamageReportAmended {
        EventChecks.header(eventId, occurredAt, version);
        if (replacesVersion < 1 || replacesVersion >= version) {
            throw new IllegalArgumentException(
                    "replacesVersion " + replacesVersion + " must be an earlier version than " + version);
        }
        ReportChecks.content(reportId, disasterId, areaCode, asOf, source, reportType);
        figures = EventChecks.figures(figures);
        Objects.requireNonNull(amendedBy, "amendedBy");
        Objects.requireNonNull(amendedAt, "amendedAt");
    }

    @Override
    public String entityId() {
        return reportId.toString();
    }
}
