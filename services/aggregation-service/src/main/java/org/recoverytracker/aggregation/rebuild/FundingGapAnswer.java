package org.recoverytracker.aggregation.rebuild;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.recoverytracker.aggregation.totals.TotalsResponses.AreaRef;

/**
 * {@code GET /api/v1/funding-gap}: the recovery budget the area's projects need (its own and every area's below),
 * the aid allocated there, and the gap between them ({@code gapVnd} = budget − allocated; negative when more aid was
 * allocated than the projects budget). {@code children} come with the largest gap first: where money is short.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record FundingGapAnswer(AreaRef area, @Nullable String disasterId, String boundaries, long budgetVnd, long allocatedVnd,
                        long gapVnd, List<AreaGap> children) {

    @Serdeable
    record AreaGap(String code, String name, long budgetVnd, long allocatedVnd, long gapVnd) {

        static AreaGap of(String code, String name, long budgetVnd, long allocatedVnd) {
            return new AreaGap(code, name, budgetVnd, allocatedVnd, Math.subtractExact(budgetVnd, allocatedVnd));
        }
    }
}
