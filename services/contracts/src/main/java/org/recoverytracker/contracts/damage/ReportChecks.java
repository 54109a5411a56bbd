package org.recoverytracker.contracts.damage;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The required fields a submitted report and its amendments share. */
final class ReportChecks {
    private ReportChecks() {
    }

    static void content(UUID reportId, String disasterId, String areaCode, Instant asOf, Source source,
                        ReportType reportType) {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(disasterId, "disasterId");
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reportType, "reportType");
    }
}
