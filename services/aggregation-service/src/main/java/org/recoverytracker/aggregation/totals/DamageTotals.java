package org.recoverytracker.aggregation.totals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.recoverytracker.aggregation.totals.Scopes.Scope;
import org.recoverytracker.aggregation.totals.TotalsResponses.AreaRef;
import org.recoverytracker.aggregation.totals.TotalsResponses.Child;
import org.recoverytracker.aggregation.totals.TotalsResponses.Figure;
import org.recoverytracker.aggregation.totals.TotalsResponses.Totals;
import org.recoverytracker.aggregation.totals.TotalsResponses.UnplacedFigure;
import org.recoverytracker.contracts.damage.Source;

/**
 * The damage totals of an area and its children as of a time: the state computed from the reports whose
 * {@code asOf} is at or before that time, each in its current version and current status (see the README); for
 * one area with its children (the API), or for every area at once (exports).
 */
@Singleton
public class DamageTotals {
    private final Scopes scopes;
    private final ReportFigures figures;
    private final Clock clock;

    DamageTotals(Scopes scopes, ReportFigures figures, Clock clock) {
        this.scopes = scopes;
        this.figures = figures;
        this.clock = clock;
    }

    @ReadOnly
    public Totals totals(String disasterId, Optional<String> areaCode, @Nullable Source source,
                         Optional<Instant> asOf, Optional<LocalDate> boundaries) {
        Computed computed = compute(disasterId, areaCode, source, asOf, boundaries);
        Scope scope = computed.scope();
        String code = scope.area().code();
        List<Child> children = scope.view().children(code).stream()
                .map(child -> new Child(child.code(), child.fullName(), figures(computed.rollUp(), child.code())))
                .toList();
        List<UnplacedFigure> unplaced = computed.placement().unplaced().stream()
                .filter(figure -> scope.view().isWithin(figure.withinCode(), code))
                .sorted(Comparator.comparing(Unplaced::areaCode).thenComparing(Unplaced::series))
                .map(UnplacedFigure::of)
                .toList();
        return new Totals(AreaRef.of(scope.area()), disasterId, computed.until(), scope.view().version().id(),
                figures(computed.rollUp(), code), children, unplaced);
    }

    /** Every area's headlines in one computation, for exports: the province, then each area followed by those below it. */
    @ReadOnly
    public AreaTable everyArea(String disasterId, @Nullable Source source, Optional<Instant> asOf,
                               Optional<LocalDate> boundaries) {
        Computed computed = compute(disasterId, Optional.empty(), source, asOf, boundaries);
        List<AreaTable.Row> rows = computed.scope().view().topDown(computed.scope().area()).stream()
                .map(path -> new AreaTable.Row(path.area(), path.above(), figures(computed.rollUp(), path.area().code())))
                .toList();
        return new AreaTable(disasterId, computed.until(), computed.scope().view().version().id(), rows);
    }

    private Computed compute(String disasterId, Optional<String> areaCode, @Nullable Source source,
                             Optional<Instant> asOf, Optional<LocalDate> boundaries) {
        Scope scope = scopes.resolve(disasterId, areaCode, boundaries);
        Instant until = asOf.orElseGet(clock::instant);
        StandingFigures standing = new StandingFigures();
        figures.standingCandidates(disasterId, until, source).forEach(standing::add);
        AreaView.Placement placement = scope.view().place(standing.standing());
        return new Computed(scope, until, placement, new RollUp(scope.view()::childCodes, placement.own()));
    }

    private static List<Figure> figures(RollUp rollUp, String areaCode) {
        return rollUp.headlines(areaCode).values().stream().map(Figure::of).toList();
    }

    private record Computed(Scope scope, Instant until, AreaView.Placement placement, RollUp rollUp) {
    }
}
