package org.recoverytracker.aggregation.totals;

import java.math.BigDecimal;
import java.time.Instant;

/** An area's own figure for one series: what its standing report says, and as of when. */
record Reported(BigDecimal value, Instant asOf) {

    /** Two areas' figures that together make one (communes merged whole into a new one). */
    Reported plus(Reported other) {
        return new Reported(value.add(other.value), asOf.isAfter(other.asOf) ? asOf : other.asOf);
    }
}
