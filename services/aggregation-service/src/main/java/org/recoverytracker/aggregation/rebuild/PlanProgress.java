package org.recoverytracker.aggregation.rebuild;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * Achievement against a schedule at one time: {@code expected} is what the schedule asks for by then,
 * {@code percentOfPlan} = achieved ÷ expected × 100 (null while nothing is expected yet), {@code percentOfTarget} =
 * achieved ÷ planned × 100. Percentages carry one decimal.
 */
@Serdeable
record PlanProgress(BigDecimal achieved, BigDecimal expected, @Nullable BigDecimal percentOfPlan,
                    BigDecimal percentOfTarget, PlanStatus status) {

    static PlanProgress of(BigDecimal achieved, Schedule schedule, Instant at) {
        BigDecimal expected = schedule.expectedAt(at);
        BigDecimal percentOfPlan = percent(achieved, expected);
        boolean missed = schedule.isOverAt(at) && achieved.compareTo(schedule.planned()) < 0;
        return new PlanProgress(achieved, expected.setScale(2, RoundingMode.HALF_UP), percentOfPlan,
                percent(achieved, schedule.planned()), PlanStatus.of(percentOfPlan, missed));
    }

    /** {@code part} as a percent of {@code whole}, one decimal; null when {@code whole} is zero. */
    @Nullable
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
