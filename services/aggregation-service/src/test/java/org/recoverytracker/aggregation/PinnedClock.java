package org.recoverytracker.aggregation;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A test's "now": the service clock stands still at {@code recovery.test.pinned-clock} when a test sets it. */
@Factory
@Requires(property = PinnedClock.PROPERTY)
class PinnedClock {
    static final String PROPERTY = "recovery.test.pinned-clock";

    @Singleton
    @Replaces(Clock.class)
    Clock clock(@Value("${" + PROPERTY + "}") String now) {
        return Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
    }
}
