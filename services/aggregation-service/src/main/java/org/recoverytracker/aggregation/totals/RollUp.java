package org.recoverytracker.aggregation.totals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Rolls areas' own figures up a tree of areas (DESIGN §5): an area's headline is its own figure when it has
 * one, else the sum of its children's headlines, recursively. The children's sum and its as-of time (the
 * latest among the children's headlines) are kept for every area. Each area is computed once per instance.
 */
final class RollUp {
    private final Function<String, List<String>> childrenOf;
    private final Map<String, Map<Series, Reported>> own;
    private final Map<String, Map<Series, Headline>> computed = new HashMap<>();

    RollUp(Function<String, List<String>> childrenOf, Map<String, Map<Series, Reported>> own) {
        this.childrenOf = childrenOf;
        this.own = own;
    }

    /** The area's headline per series, in series order; empty when nothing is reported in or below it. */
    Map<Series, Headline> headlines(String areaCode) {
        Map<Series, Headline> done = computed.get(areaCode);
        if (done != null) {
            return done;
        }
        Map<Series, Reported> reported = own.getOrDefault(areaCode, Map.of());
        List<Map<Series, Headline>> children = childrenOf.apply(areaCode).stream().map(this::headlines).toList();
        TreeSet<Series> series = new TreeSet<>(reported.keySet());
        children.forEach(child -> series.addAll(child.keySet()));
        Map<Series, Headline> result = new TreeMap<>();
        for (Series one : series) {
            result.put(one, headline(one, reported.get(one), children));
        }
        computed.put(areaCode, result);
        return result;
    }

    private static Headline headline(Series series, Reported reported, List<Map<Series, Headline>> children) {
        BigDecimal childrenSum = null;
        Instant childrenAsOf = null;
        for (Map<Series, Headline> child : children) {
            Headline contribution = child.get(series);
            if (contribution != null) {
                childrenSum = childrenSum == null ? contribution.value() : childrenSum.add(contribution.value());
                childrenAsOf = childrenAsOf == null || contribution.asOf().isAfter(childrenAsOf)
                        ? contribution.asOf() : childrenAsOf;
            }
        }
        if (reported != null) {
            return new Headline(series, reported.value(), reported.asOf(), reported.value(), reported.asOf(),
                    childrenSum, childrenAsOf);
        }
        return new Headline(series, childrenSum, childrenAsOf, null, null, childrenSum, childrenAsOf);
    }
}
