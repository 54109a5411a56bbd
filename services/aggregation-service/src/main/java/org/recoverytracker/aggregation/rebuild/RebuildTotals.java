package org.recoverytracker.aggregation.rebuild;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.recoverytracker.aggregation.area.AreaRef;
import org.recoverytracker.aggregation.rebuild.RebuildScopes.Placed;
import org.recoverytracker.aggregation.rebuild.RebuildScopes.Scope;
import org.recoverytracker.aggregation.rebuild.RebuildTotalsAnswer.ChildTotals;
import org.recoverytracker.aggregation.rebuild.RebuildTotalsAnswer.Output;
import org.recoverytracker.aggregation.rebuild.RebuildTotalsAnswer.SectorTotals;
import org.recoverytracker.aggregation.rebuild.RebuildTotalsAnswer.StatusCounts;
import org.recoverytracker.aggregation.rebuild.RebuildTotalsAnswer.UnplacedProject;
import org.recoverytracker.contracts.rebuild.ProjectStatus;
import org.recoverytracker.contracts.rebuild.Sector;

/**
 * Rebuilding totals of an area as of a time. Unlike damage reports, projects are distinct things, so an area's
 * totals are the plain sum over the projects in it and in every area below it.
 */
@Singleton
class RebuildTotals {
    private final RebuildScopes scopes;
    private final RebuildReads reads;

    RebuildTotals(RebuildScopes scopes, RebuildReads reads) {
        this.scopes = scopes;
        this.reads = reads;
    }

    /** A project and where it lies in the scope's boundary version. */
    record PlacedProject(ProjectState state, Placed placed) {
    }

    @ReadOnly
    public RebuildTotalsAnswer totals(RebuildQuery query) {
        Scope scope = scopes.resolve(query);
        Instant at = scopes.at(query);
        List<PlacedProject> projects = reads.projects(query.disasterId(), at).stream()
                .map(p -> new PlacedProject(p, scope.place(p.project().areaCode(), p.boundaryVersion())))
                .filter(p -> scope.holds(p.placed()))
                .toList();
        List<ChildTotals> children = scope.children().stream()
                .map(child -> new ChildTotals(child.code(), child.fullName(),
                        sectors(projects, p -> scope.holds(p.placed(), child.code()))))
                .toList();
        List<UnplacedProject> unplaced = projects.stream()
                .filter(p -> p.placed().unplacedReason() != null)
                .map(p -> new UnplacedProject(p.state().projectId(), p.state().project().title(), p.state().project().areaCode(),
                        p.state().boundaryVersion().toString(), p.placed().unplacedReason(), p.placed().code()))
                .toList();
        return new RebuildTotalsAnswer(AreaRef.of(scope.area()), query.disasterId(), at, scope.version().id(),
                sectors(projects, p -> true), children, unplaced);
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
