package org.recoverytracker.system.reliability;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.recoverytracker.system.reliability.DamageRecords.StoredReport;

/**
 * DESIGN §5 written again, independently of the aggregation service: per (area, source, indicator) the figure of the
 * latest non-rejected report that carries the indicator stands (latest by {@code asOf}, then first submission time,
 * then report id); an area's headline is its own standing figure, else the sum of its children's headlines; the
 * children's sum, its latest {@code asOf} and a discrepancy flag are given beside it; sources are never added together.
 */
final class ExpectedTotals {
    private static final Comparator<Standing> RECENCY = Comparator.comparing(Standing::asOf)
            .thenComparing(Standing::submittedAt).thenComparing(Standing::reportId);

    private ExpectedTotals() {
    }

    /** One indicator from one source: the figures a coordinator sees for it in one area. */
    record Series(String indicator, String source) implements Comparable<Series> {
        @Override
        public int compareTo(Series other) {
            int byIndicator = indicator.compareTo(other.indicator);
            return byIndicator != 0 ? byIndicator : source.compareTo(other.source);
        }
    }

    record Figure(BigDecimal value, BigDecimal reported, Instant reportedAsOf, BigDecimal childrenSum,
                  Instant childrenAsOf, boolean discrepancy) {
        Instant headlineAsOf() {
            return reported != null ? reportedAsOf : childrenAsOf;
        }
    }

    private record Standing(BigDecimal value, Instant asOf, Instant submittedAt, UUID reportId) {
    }

    /** Every area's figures, keyed by area code then series; areas with nothing reported map to an empty map. */
    static Map<String, Map<Series, Figure>> of(List<StoredReport> reports, AreaTree areas) {
        Map<String, Map<Series, Standing>> own = new HashMap<>();
        for (StoredReport report : reports) {
            if (!report.counts()) {
                continue;
            }
            report.figures().forEach((indicator, value) -> own
                    .computeIfAbsent(report.areaCode(), a -> new HashMap<>())
                    .merge(new Series(indicator, report.source()),
                            new Standing(value, report.asOf(), report.submittedAt(), report.reportId()),
                            (held, offered) -> RECENCY.compare(offered, held) > 0 ? offered : held));
        }
        Map<String, Map<Series, Figure>> totals = new HashMap<>();
        rollUp(areas.province(), areas, own, totals);
        return totals;
    }

    private static Map<Series, Figure> rollUp(String area, AreaTree areas, Map<String, Map<Series, Standing>> own,
                                              Map<String, Map<Series, Figure>> totals) {
        Map<Series, BigDecimal> childrenSum = new HashMap<>();
        Map<Series, Instant> childrenAsOf = new HashMap<>();
        for (String child : areas.childrenOf(area)) {
            rollUp(child, areas, own, totals).forEach((series, figure) -> {
                childrenSum.merge(series, figure.value(), BigDecimal::add);
                childrenAsOf.merge(series, figure.headlineAsOf(), (a, b) -> a.isAfter(b) ? a : b);
            });
        }
        Map<Series, Standing> mine = own.getOrDefault(area, Map.of());
        Map<Series, Figure> figures = new TreeMap<>();
        Set<Series> all = new HashSet<>(mine.keySet());
        all.addAll(childrenSum.keySet());
        for (Series series : all) {
            Standing reported = mine.get(series);
            BigDecimal sum = childrenSum.get(series);
            BigDecimal value = reported != null ? reported.value() : sum;
            boolean discrepancy = reported != null && sum != null && reported.value().compareTo(sum) != 0;
            figures.put(series, new Figure(value, reported == null ? null : reported.value(),
                    reported == null ? null : reported.asOf(), sum, childrenAsOf.get(series), discrepancy));
        }
        totals.put(area, figures);
        return figures;
    }
}
