package org.recoverytracker.aggregation.totals;

import java.time.Instant;
import java.util.List;
import org.recoverytracker.aggregation.totals.TotalsResponses.Figure;
import org.recoverytracker.contracts.area.Area;

/**
 * Every area's headline figures for a disaster as of a time, in one boundary version: the province first, then each
 * area followed by the areas below it (gazetteer order). {@code above} is a row's ancestors, the province first.
 */
public record AreaTable(String disasterId, Instant asOf, String boundaries, List<Row> rows) {

    public record Row(Area area, List<Area> above, List<Figure> figures) {
    }
}
