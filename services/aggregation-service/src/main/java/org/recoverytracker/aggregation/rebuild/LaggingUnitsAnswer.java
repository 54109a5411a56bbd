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
import org.recoverytracker.contracts.rebuild.ProjectStatus;
import org.recoverytracker.contracts.rebuild.Sector;

/** {@code GET /api/v1/lagging-units}: responsible units ranked by achievement against their plan, worst first. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record LaggingUnitsAnswer(AreaRef area, @Nullable String disasterId, Instant asOf, String boundaries, List<UnitLine> units) {

    /**
     * {@code percentOfPlan}: the share of their targets the unit's projects have completed, over the share their
     * schedules expect by now, summed over the projects (each project counts alike, whatever its size); null while
     * nothing is expected yet. {@code projects} are worst first.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record UnitLine(int rank, String code, String name, @Nullable BigDecimal percentOfPlan, PlanStatus status,
                    int laggingProjects, List<ProjectLine> projects) {
    }

    /**
     * A project against its schedule: {@code achieved} and {@code expected} are quantities in {@code unit} (the
     * fields of {@link PlanProgress} sit beside the others); {@code lagging} when its plan status is not ON_TRACK.
     * {@code projectStatus} is what its standing progress update says.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ProjectLine(UUID projectId, String title, String areaCode, Sector sector, String kind, String unit,
                       BigDecimal target, LocalDate plannedStart, LocalDate plannedEnd, ProjectStatus projectStatus,
                       @Nullable Instant progressAsOf, @JsonUnwrapped PlanProgress progress, boolean lagging) {
    }
}
