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
 * {@code asOf} is at or before that time, each in its current version and current status (see the README).
 */
@Singleton
class DamageTotals {
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
        Scope scope = scopes.resolve(disasterId, areaCode, boundaries);
        Instant until = asOf.orElseGet(clock::instant);
        StandingFigures standing = new StandingFigures();
        figures.upTo(disasterId, until, source, null).forEach(standing::add);
        AreaView.Placement placement = scope.view().place(standing.standing());
        RollUp rollUp = new RollUp(scope.view()::childCodes, placement.own());
        String code = scope.area().code();
        List<Child> children = scope.view().children(code).stream()
                .map(child -> new Child(child.code(), child.fullName(), figures(rollUp, child.code())))
                .toList();
        List<UnplacedFigure> unplaced = placement.unplaced().stream()
                .filter(figure -> scope.view().isWithin(figure.withinCode(), code))
                .sorted(Comparator.comparing(Unplaced::areaCode).thenComparing(Unplaced::series))
                .map(UnplacedFigure::of)
                .toList();
        return new Totals(AreaRef.of(scope.area()), disasterId, until, scope.view().version().id(),
                figures(rollUp, code), children, unplaced);
    }

    private static List<Figure> figures(RollUp rollUp, String areaCode) {
        return rollUp.headlines(areaCode).values().stream().map(Figure::of).toList();
    }
}
