package org.recoverytracker.aggregation.aid;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recoverytracker.aggregation.aid.AidResponses.ChildTotals;
import org.recoverytracker.aggregation.aid.AidResponses.DonorTypeTotals;
import org.recoverytracker.aggregation.aid.AidResponses.StateTotals;
import org.recoverytracker.aggregation.totals.AreaView;
import org.recoverytracker.aggregation.totals.Scopes;
import org.recoverytracker.aggregation.totals.Scopes.Scope;
import org.recoverytracker.aggregation.totals.TotalsResponses.AreaRef;
import org.recoverytracker.contracts.aid.DonorType;

/**
 * Aid per state in an area and in each of its children. Aid is additive: an area's totals are the sum of every line
 * recorded in it or anywhere below it, read in one boundary version (lines recorded in another are carried through
 * the lineage to the area that surely contains them, see {@link AreaView#containing}).
 */
@Singleton
public class AidTotals {
    /** The donor type given to aid from the pooled fund, which names no donor. */
    static final String POOLED = "POOLED";

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
                own.get(AidState.DISTRIBUTED), byDonorType(placed, code, scope.view()), children);
    }

    /** Every area's aid for one disaster (404 when nothing names it), for the export. */
    @ReadOnly
    public AidTable everyArea(String disasterId, Optional<LocalDate> boundaries) {
        Scope scope = scopes.resolve(Optional.of(disasterId), Optional.empty(), boundaries);
        List<Placed> placed = place(scope, Set.of());
        List<AidTable.Row> rows = scope.view().topDown(scope.area()).stream().map(path -> {
            Map<AidState, StateTotals> sums = sums(placed, path.area().code(), scope.view());
            return new AidTable.Row(path.area(), path.above(), sums.get(AidState.PLEDGED).valueVnd(),
                    sums.get(AidState.RECEIVED).valueVnd(), sums.get(AidState.ALLOCATED).valueVnd(),
                    sums.get(AidState.DISTRIBUTED).valueVnd(), sums.get(AidState.DISTRIBUTED).households(),
                    donors(sums.get(AidState.PLEDGED)), donors(sums.get(AidState.RECEIVED)));
        }).toList();
        return new AidTable(disasterId, scope.view().version().id(), rows);
    }

    /** Whether any aid names the disaster. */
    @ReadOnly
    public boolean knows(String disasterId) {
        return movements.knows(disasterId);
    }

    /**
     * The VND value of aid allocated to each of {@code areaCodes} or anywhere below it, for one disaster ({@code null}:
     * all aid), read in the boundaries valid on {@code boundaries} (default: the disaster's start): what the funding
     * gap subtracts from the budget needed. One read, however many areas.
     */
    @ReadOnly
    public Map<String, Long> allocatedVnd(@Nullable String disasterId, Collection<String> areaCodes,
                                          Optional<LocalDate> boundaries) {
        Scope scope = scopes.lenient(disasterId, Optional.empty(), boundaries);
        List<Placed> allocations = place(scope, Set.of(AidState.ALLOCATED));
        Map<String, Long> allocated = new LinkedHashMap<>();
        for (String code : areaCodes) {
            allocated.put(code, allocations.stream().filter(p -> scope.view().isWithin(p.areaCode(), code))
                    .mapToLong(p -> p.line().valueVnd()).sum());
        }
        return allocated;
    }

    /** The same for one area. */
    @ReadOnly
    public long allocatedVnd(@Nullable String disasterId, String areaCode, Optional<LocalDate> boundaries) {
        return allocatedVnd(disasterId, List.of(areaCode), boundaries).get(areaCode);
    }

    /** A line with the area of the scope's version it counts in. */
    record Placed(String areaCode, AidLine line) {
    }

    List<Placed> place(Scope scope, Set<AidState> states) {
        return movements.lines(scope.disasterId(), states).stream()
                .map(line -> new Placed(scope.view().containing(line.areaCode(), line.boundaryVersion()), line))
                .toList();
    }

    /** Every donor type of the contract, then {@code POOLED}, each with VND per state (zero where none gave). */
    private static Map<String, DonorTypeTotals> byDonorType(List<Placed> placed, String areaCode, AreaView view) {
        Map<String, long[]> vnd = new LinkedHashMap<>();
        for (DonorType type : DonorType.values()) {
            vnd.put(type.name(), new long[AidState.values().length]);
        }
        vnd.put(POOLED, new long[AidState.values().length]);
        placed.stream().filter(p -> view.isWithin(p.areaCode(), areaCode)).forEach(p -> {
            String type = p.line().donorType() == null ? POOLED : p.line().donorType();
            vnd.get(type)[p.line().state().ordinal()] += p.line().valueVnd();
        });
        Map<String, DonorTypeTotals> totals = new LinkedHashMap<>();
        vnd.forEach((type, v) -> totals.put(type, new DonorTypeTotals(v[AidState.PLEDGED.ordinal()],
                v[AidState.RECEIVED.ordinal()], v[AidState.ALLOCATED.ordinal()], v[AidState.DISTRIBUTED.ordinal()])));
        return totals;
    }

    private static int donors(StateTotals totals) {
        return totals.donors().values().stream().mapToInt(Integer::intValue).sum();
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
