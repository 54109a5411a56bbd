package org.recoverytracker.aggregation.rebuild;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        List<Area> areas = new ArrayList<>();
        areas.add(scope.area());
        areas.addAll(scope.view().children(scope.area().code()));
        Map<String, AreaGap> gaps = gaps(scope, query.disasterId(), areas);
        AreaGap own = gaps.get(scope.area().code());
        List<AreaGap> children = areas.stream().skip(1).map(child -> gaps.get(child.code()))
                .sorted(Comparator.comparingLong(AreaGap::gapVnd).reversed().thenComparing(AreaGap::code))
                .toList();
        return new FundingGapAnswer(AreaRef.of(scope.area()), query.disasterId(), scope.view().version().id(),
                own.budgetVnd(), own.allocatedVnd(), own.gapVnd(), children);
    }

    /** The gap of each area, by code, in the scope's boundary version: one read of budgets and one of allocations. */
    Map<String, AreaGap> gaps(Scope scope, @Nullable String disasterId, List<Area> areas) {
        List<Budget> budgets = reads.projects(disasterId, clock.instant()).stream()
                .map(p -> new Budget(Placement.of(scope.view(), p.project().areaCode(), p.boundaryVersion()), p.project().budgetVnd()))
                .toList();
        Map<String, Long> allocated = aid.allocatedVnd(disasterId, areas.stream().map(Area::code).toList(),
                Optional.of(scope.view().version().validFrom()));
        Map<String, AreaGap> gaps = new LinkedHashMap<>();
        for (Area area : areas) {
            long budget = budgets.stream().filter(b -> b.placed().within(scope.view(), area.code()))
                    .mapToLong(Budget::budgetVnd).reduce(0, Math::addExact);
            gaps.put(area.code(), AreaGap.of(area.code(), area.fullName(), budget, allocated.get(area.code())));
        }
        return gaps;
    }
}
