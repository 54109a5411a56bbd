package org.recoverytracker.intake.reference;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

@Factory
class ClockFactory {

    /** Injected wherever time matters, so tests can pin it. */
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
