package org.recoverytracker.intake.reference;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

@Factory
class ClockFactory {

    /**
     * Injected wherever time matters, so tests can pin it. Ticks in microseconds, PostgreSQL's precision,
     * so a time read back from the database equals the one put in an event or an answer.
     */
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
