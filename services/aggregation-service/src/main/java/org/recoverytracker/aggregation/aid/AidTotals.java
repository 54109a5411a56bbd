package org.recoverytracker.aggregation.aid;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recoverytracker.aggregation.aid.AidResponses.ChildTotals;
import org.recoverytracker.aggregation.aid.AidResponses.StateTotals;
import org.recoverytracker.aggregation.totals.AreaView;
import org.recoverytracker.aggregation.totals.Scopes;
import org.recoverytracker.aggregation.totals.Scopes.Scope;
import org.recoverytracker.aggregation.totals.TotalsResponses.AreaRef;

/**
 * Aid per state in an area and in each of its children. Aid is additive: an area's totals are the sum of every line
 * recorded in it or anywhere below it, read in one boundary version (lines recorded in another are carried through
 * the lineage to the area that surely contains them, see {@link AreaView#containing}).
 */
@Singleton
public class AidTotals {
    private final AidMovements movements;
    private final AidScopes scopes;

    AidTotals(AidMovements movements, AidScopes scopes) {
        this.movements = movements;
        this.scopes = scopes;
    }

    @ReadOnly
    public AidResponses.AidTotals totals(Optional<String> disasterId, Optional<String> areaCode, Optional<LocalDate> boundaries) {
        Scope scope = scopes.resolve(disasterId, areaCode, boundaries);
        List<Placed> placed = place(scope, Set.of());
        String code = scope.area().code();
        Map<AidState, StateTotals> own = sums(placed, code, scope.view());
        List<ChildTotals> children = scope.view().children(code).stream().map(child -> {
            Map<AidState, StateTotals> sums = sums(placed, child.code(), scope.view());
            return new ChildTotals(child.code(), child.fullName(), sums.get(AidState.PLEDGED), sums.get(AidState.RECEIVED),
                    sums.get(AidState.ALLOCATED), sums.get(AidState.DISTRIBUTED));
        }).toList();
        return new AidResponses.AidTotals(AreaRef.of(scope.area()), scope.disasterId(), scope.view().version().id(),
                own.get(AidState.PLEDGED), own.get(AidState.RECEIVED), own.get(AidState.ALLOCATED),
                own.get(AidState.DISTRIBUTED), children);
    }

    /**
     * The VND value of aid allocated to {@code areaCode} or anywhere below it, for one disaster ({@code null}: all
     * aid), read in the boundaries
     * valid on {@code boundaries} (default: the disaster's start): what the funding gap subtracts from the budget needed.
     */
    @ReadOnly
    public long allocatedVnd(@Nullable String disasterId, String areaCode, Optional<LocalDate> boundaries) {
        Scope scope = scopes.lenient(disasterId, areaCode, boundaries);
        return place(scope, Set.of(AidState.ALLOCATED)).stream()
                .filter(p -> scope.view().isWithin(p.areaCode(), areaCode))
                .mapToLong(p -> p.line().valueVnd())
                .sum();
    }

    /** A line with the area of the scope's version it counts in. */
    record Placed(String areaCode, AidLine line) {
    }

    List<Placed> place(Scope scope, Set<AidState> states) {
        return movements.lines(scope.disasterId(), states).stream()
                .map(line -> new Placed(scope.view().containing(line.areaCode(), line.boundaryVersion()), line))
                .toList();
    }

    private static Map<AidState, StateTotals> sums(List<Placed> placed, String areaCode, AreaView view) {
        Map<AidState, StateSums> sums = new EnumMap<>(AidState.class);
        for (AidState state : AidState.values()) {
            sums.put(state, new StateSums());
        }
        placed.stream().filter(p -> view.isWithin(p.areaCode(), areaCode)).forEach(p -> sums.get(p.line().state()).add(p.line()));
        Map<AidState, StateTotals> totals = new EnumMap<>(AidState.class);
        sums.forEach((state, sum) -> totals.put(state, sum.totals(state == AidState.DISTRIBUTED)));
        return totals;
    }
}
