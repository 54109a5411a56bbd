package org.recoverytracker.aggregation.damage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.recoverytracker.contracts.damage.ReportType;
import org.recoverytracker.contracts.damage.Source;

/** A report version's content as the projection stores it; {@code areaCode} is read in {@code boundaryVersion}. */
record ReportContent(UUID reportId, int version, String disasterId, String areaCode, LocalDate boundaryVersion,
                     Source source, ReportType reportType, Instant asOf, Instant submittedAt,
                     Map<String, BigDecimal> figures) {
}
