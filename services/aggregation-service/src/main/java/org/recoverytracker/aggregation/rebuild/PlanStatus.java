package org.recoverytracker.aggregation.rebuild;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;

/**
 * How a target, project or responsible unit stands against its plan, from its percent of plan (achieved ÷ expected
 * by now × 100):
 * <ul>
 *   <li>{@code ON_TRACK}: at least {@value #ON_TRACK_FROM} % of what the schedule expects by now, or nothing expected yet;</li>
 *   <li>{@code AT_RISK}: from {@value #AT_RISK_FROM} % up to {@value #ON_TRACK_FROM} %;</li>
 *   <li>{@code OFF_TRACK}: below {@value #AT_RISK_FROM} %, or the deadline has passed without the planned value
 *       achieved (it can no longer be met on time).</li>
 * </ul>
 * "4 of 18 targets off track" counts OFF_TRACK.
 */
enum PlanStatus {
    ON_TRACK, AT_RISK, OFF_TRACK;

    static final int ON_TRACK_FROM = 90;
    static final int AT_RISK_FROM = 70;

    static PlanStatus of(@Nullable BigDecimal percentOfPlan, boolean missedDeadline) {
        if (missedDeadline) {
            return OFF_TRACK;
        }
        if (percentOfPlan == null || percentOfPlan.compareTo(BigDecimal.valueOf(ON_TRACK_FROM)) >= 0) {
            return ON_TRACK;
        }
        return percentOfPlan.compareTo(BigDecimal.valueOf(AT_RISK_FROM)) >= 0 ? AT_RISK : OFF_TRACK;
    }
}
