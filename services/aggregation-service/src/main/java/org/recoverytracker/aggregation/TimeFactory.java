package org.recoverytracker.aggregation;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one clock of the service; tests may replace it. */
@Factory
final class TimeFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
