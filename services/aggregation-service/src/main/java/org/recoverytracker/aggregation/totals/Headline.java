package org.recoverytracker.aggregation.totals;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An area's figure for one series after roll-up: its own report when it has one, else the sum of its children's
 * headlines; the children's sum is kept beside it either way so a difference can be shown.
 */
record Headline(Series series, BigDecimal value, Instant asOf,
                @Nullable BigDecimal reported, @Nullable Instant reportedAsOf,
                @Nullable BigDecimal childrenSum, @Nullable Instant childrenAsOf) {

    /** The area's own report and its children's sum both exist and disagree ("district says 43, communes add up to 41"). */
    boolean discrepancy() {
        return reported != null && childrenSum != null && reported.compareTo(childrenSum) != 0;
    }
}
