package org.recoverytracker.aggregation.totals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The step of a time series. Days are calendar days in Vietnam, where the reports are made. */
enum Bucket {
    HOUR(ChronoUnit.HOURS), DAY(ChronoUnit.DAYS);

    private final ChronoUnit unit;

    Bucket(ChronoUnit unit) {
        this.unit = unit;
    }

    /** The end of the bucket holding {@code instant}: the first bucket boundary strictly after it. */
    Instant endOf(Instant instant, ZoneId zone) {
        return instant.atZone(zone).truncatedTo(unit).plus(1, unit).toInstant();
    }

    Instant next(Instant bucketEnd, ZoneId zone) {
        return bucketEnd.atZone(zone).plus(1, unit).toInstant();
    }

    Duration approximateLength() {
        return unit.getDuration();
    }
}
