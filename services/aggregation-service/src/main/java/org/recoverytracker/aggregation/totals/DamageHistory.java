package org.recoverytracker.aggregation.totals;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.recoverytracker.aggregation.totals.Scopes.Scope;
import org.recoverytracker.aggregation.totals.TotalsResponses.AreaRef;
import org.recoverytracker.aggregation.totals.TotalsResponses.History;
import org.recoverytracker.aggregation.totals.TotalsResponses.Point;
import org.recoverytracker.aggregation.totals.TotalsResponses.SourceSeries;
import org.recoverytracker.intake.problem.ProblemException;
import org.recoverytracker.contracts.area.Gazetteer;
import org.recoverytracker.contracts.damage.Source;

/**
 * An area's headline figure for one indicator over time: a point at the end of every bucket from the one holding
 * the disaster's first report of the indicator to the one holding {@code asOf} (by default its last report), each
 * point being the totals as of that instant.
 */
@Singleton
class DamageHistory {
    private final Scopes scopes;
    private final ReportFigures figures;
    private final Clock clock;
    private final int maxPoints;
    private final ZoneId zone = Gazetteer.ZONE;

    DamageHistory(Scopes scopes, ReportFigures figures, Clock clock,
                  @Value("${recovery.aggregation.history.max-points:5000}") int maxPoints) {
        this.scopes = scopes;
        this.figures = figures;
        this.clock = clock;
        this.maxPoints = maxPoints;
    }

    @ReadOnly
    public History history(String disasterId, Optional<String> areaCode, String indicator, @Nullable Source source,
                           Bucket bucket, Optional<Instant> asOf, Optional<LocalDate> boundaries) {
        Scope scope = scopes.resolve(disasterId, areaCode, boundaries);
        Instant until = asOf.orElseGet(clock::instant);
        Optional<ReportFigures.Span> span = figures.span(disasterId, until, source, indicator);
        Map<Source, List<Point>> points = new EnumMap<>(Source.class);
        span.ifPresent(found -> found.sources().forEach(s -> points.put(s, new ArrayList<>())));
        if (span.isPresent()) {
            Instant first = bucket.endOf(span.get().first(), zone);
            Instant last = bucket.endOf(asOf.orElse(span.get().last()), zone);
            requireFewEnough(first, last, bucket);
            StandingFigures standing = new StandingFigures();
            Instant[] end = {first};
            // each bucket's point once every figure up to its end has been added, as the figures stream by oldest first
            figures.forEachUpTo(disasterId, until, source, indicator, figure -> {
                while (figure.asOf().isAfter(end[0]) && !end[0].isAfter(last)) {
                    addPoints(points, scope, standing, indicator, end[0]);
                    end[0] = bucket.next(end[0], zone);
                }
                standing.add(figure);
            });
            for (; !end[0].isAfter(last); end[0] = bucket.next(end[0], zone)) {
                addPoints(points, scope, standing, indicator, end[0]);
            }
        }
        List<SourceSeries> series = points.entrySet().stream().map(e -> new SourceSeries(e.getKey(), e.getValue())).toList();
        return new History(AreaRef.of(scope.area()), disasterId, indicator, bucket.name().toLowerCase(Locale.ROOT),
                scope.view().version().id(), series);
    }

    private static void addPoints(Map<Source, List<Point>> points, Scope scope, StandingFigures standing,
                                  String indicator, Instant end) {
        RollUp rollUp = new RollUp(scope.view()::childCodes, scope.view().place(standing.standing()).own());
        Map<Series, Headline> headlines = rollUp.headlines(scope.area().code());
        points.forEach((source, list) -> {
            Headline headline = headlines.get(new Series(indicator, source));
            list.add(headline == null
                    ? new Point(end, null, null, null, false)
                    : new Point(end, headline.value(), headline.reported(), headline.childrenSum(), headline.discrepancy()));
        });
    }

    private void requireFewEnough(Instant first, Instant last, Bucket bucket) {
        long buckets = Duration.between(first, last).dividedBy(bucket.approximateLength()) + 1;
        if (buckets > maxPoints) {
            throw ProblemException.badRequest("bucket", buckets + " points of one " + bucket.name().toLowerCase(Locale.ROOT)
                    + " exceed the limit of " + maxPoints + ": choose a longer bucket or an earlier asOf");
        }
    }
}
