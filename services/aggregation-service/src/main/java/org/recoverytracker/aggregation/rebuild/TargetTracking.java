package org.recoverytracker.aggregation.rebuild;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.recoverytracker.aggregation.totals.TotalsResponses.AreaRef;
import org.recoverytracker.aggregation.totals.Scopes;
import org.recoverytracker.aggregation.totals.Scopes.Scope;
import org.recoverytracker.aggregation.rebuild.TargetsAnswer.Summary;
import org.recoverytracker.aggregation.rebuild.TargetsAnswer.TargetLine;
import org.recoverytracker.contracts.rebuild.RecoveryProject;
import org.recoverytracker.contracts.rebuild.RecoveryTarget;
import org.recoverytracker.contracts.rebuild.TargetMeasure;

/**
 * Each target's achieved value against its schedule at a time. A target measured from projects counts the projects
 * in its own area and below (read in the target's boundary version), of its disaster when it names one, its sector,
 * its kind when it names one, and for a quantity its unit. Worst first: lowest percent of plan, then targets with
 * nothing expected yet.
 */
@Singleton
class TargetTracking {
    private static final Comparator<TargetLine> WORST_FIRST = Comparator
            .comparing((TargetLine t) -> t.progress().percentOfPlan(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TargetLine::nameEn)
            .thenComparing(TargetLine::targetId);

    private final Scopes scopes;
    private final RebuildReads reads;
    private final Clock clock;

    TargetTracking(Scopes scopes, RebuildReads reads, Clock clock) {
        this.scopes = scopes;
        this.reads = reads;
        this.clock = clock;
    }

    @ReadOnly
    public TargetsAnswer targets(RebuildQuery query) {
        Scope scope = query.scope(scopes);
        Instant at = query.at(clock);
        List<TargetLine> lines = placed(scope, query.disasterId(), at).stream()
                .filter(t -> t.placed().within(scope.view(), scope.area().code()))
                .map(PlacedTarget::line)
                .sorted(WORST_FIRST)
                .toList();
        return new TargetsAnswer(AreaRef.of(scope.area()), query.disasterId(), at, scope.view().version().id(),
                Summary.of(lines), lines);
    }

    /** A target's line and where the target lies in a scope's view. */
    record PlacedTarget(Placement placed, TargetLine line) {
    }

    /** Every target of a disaster ({@code null}: all) measured at a time, each where it lies in the scope's view. */
    List<PlacedTarget> placed(Scope scope, @Nullable String disasterId, Instant at) {
        List<ProjectState> projects = reads.projects(null, at);
        return reads.targets(disasterId, at).stream()
                .map(t -> new PlacedTarget(Placement.of(scope.view(), t.target().areaCode(), t.boundaryVersion()),
                        line(t, projects, at)))
                .toList();
    }

    private TargetLine line(TargetState state, List<ProjectState> projects, Instant at) {
        RecoveryTarget target = state.target();
        Achieved achieved = switch (target.measure().method()) {
            case REPORTED -> new Achieved(Objects.requireNonNullElse(state.reported(), BigDecimal.ZERO), state.reportedAsOf());
            case PROJECT_QUANTITY -> Achieved.completed(measuring(state, projects)
                    .filter(p -> p.project().target().unit().equalsIgnoreCase(target.unit())).toList());
            case DISBURSEMENT_RATIO -> Achieved.disbursementRatio(measuring(state, projects).toList());
        };
        return new TargetLine(state.targetId(), target.nameVi(), target.nameEn(), target.areaCode(), target.responsibleUnit(),
                target.measure().method(), target.unit(), target.plannedValue(), target.startDate(), target.deadline(),
                achieved.asOf(), PlanProgress.of(achieved.value(), state.schedule(), at));
    }

    /** The projects that measure a target, before any unit filter. */
    private Stream<ProjectState> measuring(TargetState state, List<ProjectState> projects) {
        RecoveryTarget target = state.target();
        TargetMeasure measure = target.measure();
        // the target's own area, read in the boundary version it was set in
        Scope area = scopes.in(null, Optional.of(target.areaCode()), Optional.of(state.boundaryVersion()));
        return projects.stream().filter(p -> {
            RecoveryProject project = p.project();
            return (target.disasterId() == null || target.disasterId().equals(project.disasterId()))
                    && (measure.sector() == null || measure.sector() == project.sector())
                    && (measure.kind() == null || measure.kind().equals(project.kind()))
                    && Placement.of(area.view(), project.areaCode(), p.boundaryVersion()).within(area.view(), target.areaCode());
        });
    }

    /** An achieved value and the latest progress it rests on. */
    private record Achieved(BigDecimal value, @Nullable Instant asOf) {

        static Achieved completed(List<ProjectState> projects) {
            return new Achieved(projects.stream().map(ProjectState::completed).reduce(BigDecimal.ZERO, BigDecimal::add),
                    latest(projects));
        }

        static Achieved disbursementRatio(List<ProjectState> projects) {
            BigDecimal budget = BigDecimal.valueOf(projects.stream().mapToLong(p -> p.project().budgetVnd()).sum());
            BigDecimal disbursed = BigDecimal.valueOf(projects.stream().mapToLong(ProjectState::disbursedVnd).sum());
            return new Achieved(Objects.requireNonNullElse(PlanProgress.percent(disbursed, budget), BigDecimal.ZERO),
                    latest(projects));
        }

        @Nullable
        private static Instant latest(List<ProjectState> projects) {
            return projects.stream().map(ProjectState::progressAsOf).filter(Objects::nonNull).max(Comparator.naturalOrder())
                    .orElse(null);
        }
    }
}
