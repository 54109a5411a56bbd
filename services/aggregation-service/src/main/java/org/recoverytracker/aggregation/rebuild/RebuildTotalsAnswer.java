package org.recoverytracker.aggregation.rebuild;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.recoverytracker.aggregation.totals.TotalsResponses.AreaRef;
import org.recoverytracker.contracts.rebuild.Sector;

/**
 * {@code GET /api/v1/totals/rebuild}: per sector, what the area's projects (its own and every area's below) plan and
 * have done, and the same for each child area. A project recorded against a code with no single counterpart in the
 * boundary version shown counts in the area that surely holds it (so children may add up to less than their parent).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record RebuildTotalsAnswer(AreaRef area, @Nullable String disasterId, Instant asOf, String boundaries,
                           List<SectorTotals> sectors, List<ChildTotals> children) {

    /** {@code percentDisbursed} is null when the budget is zero. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SectorTotals(Sector sector, int projects, StatusCounts byStatus, long budgetVnd, long disbursedVnd,
                        @Nullable BigDecimal percentDisbursed, List<Output> outputs) {
    }

    /** The target and completed quantity of one kind of project in one unit (houses relocated, km of road). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Output(String kind, String unit, BigDecimal target, BigDecimal completed, @Nullable BigDecimal percentComplete) {
    }

    /** Projects by the status of their standing progress update; a project never reported on is NOT_STARTED. */
    @Serdeable
    record StatusCounts(int notStarted, int inProgress, int suspended, int completed) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ChildTotals(String code, String name, List<SectorTotals> sectors) {
    }
}
