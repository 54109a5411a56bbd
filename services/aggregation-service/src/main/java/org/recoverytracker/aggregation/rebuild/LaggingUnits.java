package org.recoverytracker.aggregation.rebuild;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.recoverytracker.aggregation.totals.TotalsResponses.AreaRef;
import org.recoverytracker.aggregation.rebuild.LaggingUnitsAnswer.ProjectLine;
import org.recoverytracker.aggregation.totals.Scopes;
import org.recoverytracker.aggregation.totals.Scopes.Scope;
import org.recoverytracker.aggregation.rebuild.UnitRanking.UnitProject;
import org.recoverytracker.contracts.rebuild.RecoveryProject;

/**
 * Which responsible units lag their plan: each project of the area (and below) against its planned schedule at a
 * time (linear from the start of its planned start to the end of its planned end), grouped by unit and ranked.
 */
@Singleton
class LaggingUnits {
    private final Scopes scopes;
    private final RebuildReads reads;
    private final Clock clock;

    LaggingUnits(Scopes scopes, RebuildReads reads, Clock clock) {
        this.scopes = scopes;
        this.reads = reads;
        this.clock = clock;
    }

    @ReadOnly
    public LaggingUnitsAnswer rank(RebuildQuery query) {
        Scope scope = query.scope(scopes);
        Instant at = query.at(clock);
        List<UnitProject> projects = reads.projects(query.disasterId(), at).stream()
                .filter(p -> Placement.of(scope.view(), p.project().areaCode(), p.boundaryVersion())
                        .within(scope.view(), scope.area().code()))
                .map(p -> new UnitProject(p.project().responsibleUnit(), line(p, at)))
                .toList();
        return new LaggingUnitsAnswer(AreaRef.of(scope.area()), query.disasterId(), at, scope.view().version().id(),
                UnitRanking.rank(projects));
    }

    private static ProjectLine line(ProjectState state, Instant at) {
        RecoveryProject project = state.project();
        PlanProgress progress = PlanProgress.of(state.completed(), state.schedule(), at);
        return new ProjectLine(state.projectId(), project.title(), project.areaCode(), project.sector(), project.kind(),
                project.target().unit(), project.target().quantity(), project.plannedStart(), project.plannedEnd(),
                state.status(), state.progressAsOf(), progress, progress.status() != PlanStatus.ON_TRACK);
    }
}
