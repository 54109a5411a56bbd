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
 * A situation report: cumulative figures for one area, disaster and source as of {@code asOf}.
 * {@code figures} maps indicator codes ({@code DR-P01}) to values; indicators left out keep their
 * last reported value. {@code occurredAt} equals {@code asOf}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DamageReportSubmitted(
        UUID eventId,
        Instant occurredAt,
        UUID reportId,
        int version,
        String disasterId,
        String areaCode,
        Instant asOf,
        Source source,
        ReportType reportType,
        Map<String, BigDecimal> figures,
        @Nullable GeoPoint location,
        @Nullable String note,
        String submittedBy,
        Instant submittedAt) implements DamageEvent {

    public DamageReportSubmitted {
        EventChecks.header(eventId, occurredAt, version);
        ReportChecks.content(reportId, disasterId, areaCode, asOf, source, reportType);
        figures = EventChecks.figures(figures);
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }

    @Override
    public String entityId() {
        return reportId.toString();
    }
}
