package org.recoverytracker.aggregation.totals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.recoverytracker.contracts.damage.Source;

/** Report figures for the pure totals logic: three-tier Cao Bằng codes unless said otherwise. */
final class FigureMother {
    static final LocalDate THREE_TIER = LocalDate.parse("2020-03-01");
    static final LocalDate TWO_TIER = LocalDate.parse("2025-07-01");
    static final Instant NOON = Instant.parse("2024-09-12T05:00:00Z");
    static final String DEAD = "DR-P01";
    static final String MISSING = "DR-P02";

    private FigureMother() {
    }

    static ReportedFigure figure(String area, String indicator, long value, Instant asOf) {
        return figure(UUID.randomUUID(), area, indicator, Source.GOV, value, asOf, asOf, false);
    }

    static ReportedFigure figure(UUID reportId, String area, String indicator, Source source, long value,
                                 Instant asOf, Instant submittedAt, boolean rejected) {
        return new ReportedFigure(reportId, area, THREE_TIER, new Series(indicator, source), BigDecimal.valueOf(value),
                asOf, submittedAt, rejected);
    }

    static ReportedFigure inVersion(ReportedFigure figure, LocalDate version) {
        return new ReportedFigure(figure.reportId(), figure.areaCode(), version, figure.series(), figure.value(),
                figure.asOf(), figure.submittedAt(), figure.rejected());
    }

    static Instant hours(long hours) {
        return NOON.plusSeconds(hours * 3600);
    }

    static Series gov(String indicator) {
        return new Series(indicator, Source.GOV);
    }
}
