package org.recoverytracker.aggregation.rebuild;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.recoverytracker.aggregation.totals.TotalsResponses.AreaRef;
import org.recoverytracker.contracts.rebuild.MeasureMethod;
import org.recoverytracker.contracts.rebuild.ResponsibleUnit;

/** {@code GET /api/v1/targets}: the targets of an area and the areas below it, worst first, with a summary line. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record TargetsAnswer(AreaRef area, @Nullable String disasterId, Instant asOf, String boundaries, Summary summary,
                     List<TargetLine> targets) {

    /** {@code text} reads like the seed's "4 of 18 targets off track". */
    @Serdeable
    record Summary(int total, int onTrack, int atRisk, int offTrack, String text) {

        static Summary of(List<TargetLine> targets) {
            int on = count(targets, PlanStatus.ON_TRACK);
            int atRisk = count(targets, PlanStatus.AT_RISK);
            int off = count(targets, PlanStatus.OFF_TRACK);
            return new Summary(targets.size(), on, atRisk, off,
                    off + " of " + targets.size() + " targets off track, " + atRisk + " at risk");
        }

        private static int count(List<TargetLine> targets, PlanStatus status) {
            return (int) targets.stream().filter(t -> t.progress().status() == status).count();
        }
    }

    /**
     * {@code achievedAsOf}: the latest progress the achieved value rests on (null while none is reported); the
     * fields of {@link PlanProgress} (achieved, expected, percentOfPlan, percentOfTarget, status) sit beside it.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TargetLine(UUID targetId, String nameVi, String nameEn, String areaCode, ResponsibleUnit responsibleUnit,
                      MeasureMethod measure, String unit, BigDecimal plannedValue, LocalDate startDate, LocalDate deadline,
                      @Nullable Instant achievedAsOf, @JsonUnwrapped PlanProgress progress) {
    }
}
