package org.recoverytracker.aggregation.totals;

import java.util.Comparator;
import org.recoverytracker.contracts.damage.Source;

/** One indicator from one source: the unit figures are kept, superseded and summed in (sources are never added). */
record Series(String indicator, Source source) implements Comparable<Series> {
    private static final Comparator<Series> ORDER = Comparator.comparing(Series::indicator).thenComparing(Series::source);

    @Override
    public int compareTo(Series other) {
        return ORDER.compare(this, other);
    }
}
