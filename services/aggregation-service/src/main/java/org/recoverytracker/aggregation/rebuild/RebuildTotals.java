package org.recoverytracker.aggregation.rebuild;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.recoverytracker.aggregation.totals.TotalsResponses.AreaRef;
import org.recoverytracker.aggregation.totals.Scopes;
import org.recoverytracker.aggregation.totals.Scopes.Scope;
import org.recoverytracker.aggregation.rebuild.RebuildTotalsAnswer.ChildTotals;
import org.recoverytracker.aggregation.rebuild.RebuildTotalsAnswer.Output;
import org.recoverytracker.aggregation.rebuild.RebuildTotalsAnswer.SectorTotals;
import org.recoverytracker.aggregation.rebuild.RebuildTotalsAnswer.StatusCounts;
import org.recoverytracker.contracts.rebuild.ProjectStatus;
import org.recoverytracker.contracts.rebuild.Sector;

/**
 * Rebuilding totals of an area as of a time. Unlike damage reports, projects are distinct things, so an area's
 * totals are the plain sum over the projects in it and in every area below it.
 */
@Singleton
class RebuildTotals {
    private final Scopes scopes;
    private final RebuildReads reads;
    private final Clock clock;

    RebuildTotals(Scopes scopes, RebuildReads reads, Clock clock) {
        this.scopes = scopes;
        this.reads = reads;
        this.clock = clock;
    }

    /** A project and where it lies in the scope's boundary version. */
    record PlacedProject(ProjectState state, Placement placed) {
    }

    @ReadOnly
    public RebuildTotalsAnswer totals(RebuildQuery query) {
        Scope scope = query.scope(scopes);
        Instant at = query.at(clock);
        List<PlacedProject> projects = placed(scope, query.disasterId(), at).stream()
                .filter(p -> p.placed().within(scope.view(), scope.area().code()))
                .toList();
        List<ChildTotals> children = scope.view().children(scope.area().code()).stream()
                .map(child -> new ChildTotals(child.code(), child.fullName(),
                        sectors(projects, p -> p.placed().within(scope.view(), child.code()))))
                .toList();
        return new RebuildTotalsAnswer(AreaRef.of(scope.area()), query.disasterId(), at, scope.view().version().id(),
                sectors(projects, p -> true), children);
    }

    /** The projects of a disaster ({@code null}: all) as they stood at a time, each where it lies in the scope's view. */
    List<PlacedProject> placed(Scope scope, @Nullable String disasterId, Instant at) {
        return reads.projects(disasterId, at).stream()
                .map(p -> new PlacedProject(p, Placement.of(scope.view(), p.project().areaCode(), p.boundaryVersion())))
                .toList();
    }

    static List<SectorTotals> sectors(List<PlacedProject> projects, Predicate<PlacedProject> in) {
        Map<Sector, List<ProjectState>> bySector = projects.stream().filter(in).map(PlacedProject::state)
                .collect(Collectors.groupingBy(p -> p.project().sector(), TreeMap::new, Collectors.toList()));
        return bySector.entrySet().stream().map(e -> sector(e.getKey(), e.getValue())).toList();
    }

    private static SectorTotals sector(Sector sector, List<ProjectState> projects) {
        long budget = projects.stream().mapToLong(p -> p.project().budgetVnd()).reduce(0, Math::addExact);
        long disbursed = projects.stream().mapToLong(ProjectState::disbursedVnd).reduce(0, Math::addExact);
        Map<ProjectStatus, Long> byStatus = projects.stream().collect(Collectors.groupingBy(ProjectState::status, Collectors.counting()));
        Map<List<String>, List<ProjectState>> byOutput = projects.stream()
                .collect(Collectors.groupingBy(p -> List.of(p.project().kind(), p.project().target().unit())));
        List<Output> outputs = byOutput.values().stream().map(RebuildTotals::output)
                .sorted(Comparator.comparing(Output::kind).thenComparing(Output::unit))
                .toList();
        return new SectorTotals(sector, projects.size(), new StatusCounts(count(byStatus, ProjectStatus.NOT_STARTED),
                count(byStatus, ProjectStatus.IN_PROGRESS), count(byStatus, ProjectStatus.SUSPENDED),
                count(byStatus, ProjectStatus.COMPLETED)), budget, disbursed,
                PlanProgress.percent(BigDecimal.valueOf(disbursed), BigDecimal.valueOf(budget)), outputs);
    }

    private static Output output(List<ProjectState> projects) {
        BigDecimal target = projects.stream().map(p -> p.project().target().quantity()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal completed = projects.stream().map(ProjectState::completed).reduce(BigDecimal.ZERO, BigDecimal::add);
        ProjectState first = projects.getFirst();
        return new Output(first.project().kind(), first.project().target().unit(), target, completed,
                PlanProgress.percent(completed, target));
    }

    private static int count(Map<ProjectStatus, Long> byStatus, ProjectStatus status) {
        return byStatus.getOrDefault(status, 0L).intValue();
    }
}
