package org.recoverytracker.damage.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** One version of a report as readers see it: the submitted content plus who recorded what, when. */
@Serdeable
public record DamageReportView(
        UUID reportId,
        int version,
        ReportStatus status,
        String change,
        DamageReportRequest content,
        @Nullable String reason,
        String recordedBy,
        Instant recordedAt,
        String submittedBy,
        Instant submittedAt) {
}
