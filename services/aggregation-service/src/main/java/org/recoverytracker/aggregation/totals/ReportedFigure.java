package org.recoverytracker.aggregation.totals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;

/**
 * One figure of a report's current version, with everything that decides whether it stands: the report's
 * {@code asOf} (then {@code submittedAt}, then the report id, so ties are broken the same way on every replay)
 * and whether the report was rejected. {@code areaCode} is read in {@code boundaryVersion}.
 */
record ReportedFigure(UUID reportId, String areaCode, LocalDate boundaryVersion, Series series, BigDecimal value,
                      Instant asOf, Instant submittedAt, boolean rejected) {

    /** Later reports sort last: by the time the figures describe, never by arrival. */
    static final Comparator<ReportedFigure> RECENCY = Comparator.comparing(ReportedFigure::asOf)
            .thenComparing(ReportedFigure::submittedAt)
            .thenComparing(ReportedFigure::reportId);
}
