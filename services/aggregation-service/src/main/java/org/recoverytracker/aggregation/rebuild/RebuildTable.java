package org.recoverytracker.aggregation.rebuild;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.recoverytracker.contracts.area.Area;

/**
 * Every area's rebuilding for one disaster in one boundary version, top down (the province, then each area followed
 * by the areas below it): per sector as {@code /totals/rebuild} gives it, the funding gap as {@code /funding-gap}
 * and the targets' statuses as {@code /targets} for that area.
 */
public record RebuildTable(String disasterId, Instant asOf, String boundaries, List<Row> rows) {

    /** {@code total} is every sector together ({@code sector} "ALL"); the gap and targets are the area's. */
    public record Row(Area area, List<Area> above, SectorRow total, List<SectorRow> sectors, long allocatedVnd,
                      long gapVnd, int targets, int onTrack, int atRisk, int offTrack) {
    }

    /** Percentages are null when there is nothing to divide by (no project, a zero budget). */
    public record SectorRow(String sector, int projects, int completed, @Nullable BigDecimal percentCompleted,
                            long budgetVnd, long disbursedVnd, @Nullable BigDecimal percentDisbursed) {

        static SectorRow of(String sector, int projects, int completed, long budgetVnd, long disbursedVnd) {
            return new SectorRow(sector, projects, completed,
                    PlanProgress.percent(BigDecimal.valueOf(completed), BigDecimal.valueOf(projects)), budgetVnd, disbursedVnd,
                    PlanProgress.percent(BigDecimal.valueOf(disbursedVnd), BigDecimal.valueOf(budgetVnd)));
        }
    }
}
