package org.recoverytracker.aggregation.totals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The latest figure per (area, source, indicator) among the figures added so far, whatever the order they are
 * added in: a report that arrives late with an older {@code asOf} does not displace a newer one, an indicator a
 * report leaves out keeps its last value, and a rejected report never stands (the one before it stands again).
 */
final class StandingFigures {
    private final Map<AreaSeries, ReportedFigure> latest = new HashMap<>();

    void add(ReportedFigure figure) {
        if (!figure.rejected()) {
            latest.merge(new AreaSeries(figure.areaCode(), figure.boundaryVersion(), figure.series()), figure,
                    (held, offered) -> ReportedFigure.RECENCY.compare(offered, held) > 0 ? offered : held);
        }
    }

    Iterable<ReportedFigure> standing() {
        return latest.values();
    }

    private record AreaSeries(String areaCode, LocalDate boundaryVersion, Series series) {
    }
}
