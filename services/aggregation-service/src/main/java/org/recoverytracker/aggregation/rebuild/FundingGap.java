package org.recoverytracker.aggregation.rebuild;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.recoverytracker.aggregation.aid.AidTotals;
import org.recoverytracker.aggregation.rebuild.FundingGapAnswer.AreaGap;
import org.recoverytracker.aggregation.totals.Scopes;
import org.recoverytracker.aggregation.totals.Scopes.Scope;
import org.recoverytracker.aggregation.totals.TotalsResponses.AreaRef;
import org.recoverytracker.contracts.area.Area;

/**
 * Funding gap per area (DESIGN §5): recovery budget needed by the projects in the area and below − the VND value of
 * aid allocated there, as the aid projection counts it ({@link AidTotals#allocatedVnd}). With a disaster, both sides
 * count that disaster's only (aid from the general fund names none); without, everything. Budgets are the projects'
 * current ones and allocations all recorded so far: the gap is a now-figure.
 */
@Singleton
class FundingGap {
    private final Scopes scopes;
    private final RebuildReads reads;
    private final AidTotals aid;
    private final Clock clock;

    FundingGap(Scopes scopes, RebuildReads reads, AidTotals aid, Clock clock) {
        this.scopes = scopes;
        this.reads = reads;
        this.aid = aid;
        this.clock = clock;
    }

    /** A project's budget and where it counts. */
    private record Budget(Placement placed, long budgetVnd) {
    }

    @ReadOnly
    public FundingGapAnswer gap(RebuildQuery query) {
        Scope scope = query.scope(scopes);
        List<Budget> budgets = reads.projects(query.disasterId(), clock.instant()).stream()
                .map(p -> new Budget(Placement.of(scope.view(), p.project().areaCode(), p.boundaryVersion()), p.project().budgetVnd()))
                .toList();
        Optional<LocalDate> boundaries = Optional.of(scope.view().version().validFrom());
        AreaGap own = gap(scope, scope.area(), budgets, boundaries, query);
        List<AreaGap> children = scope.view().children(scope.area().code()).stream()
                .map(child -> gap(scope, child, budgets, boundaries, query))
                .sorted(Comparator.comparingLong(AreaGap::gapVnd).reversed().thenComparing(AreaGap::code))
                .toList();
        return new FundingGapAnswer(AreaRef.of(scope.area()), query.disasterId(), scope.view().version().id(),
                own.budgetVnd(), own.allocatedVnd(), own.gapVnd(), children);
    }

    private AreaGap gap(Scope scope, Area area, List<Budget> budgets, Optional<LocalDate> boundaries, RebuildQuery query) {
        long budget = budgets.stream().filter(b -> b.placed().within(scope.view(), area.code()))
                .mapToLong(Budget::budgetVnd).reduce(0, Math::addExact);
        return AreaGap.of(area.code(), area.fullName(), budget, aid.allocatedVnd(query.disasterId(), area.code(), boundaries));
    }
}
