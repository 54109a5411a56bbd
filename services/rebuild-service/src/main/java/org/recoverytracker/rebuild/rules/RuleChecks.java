package org.recoverytracker.rebuild.rules;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.recoverytracker.contracts.area.Gazetteer;

/** Starts a request's {@link Checks} with the gazetteer and the latest field time the clock allows now. */
@Singleton
public class RuleChecks {
    private final Gazetteer gazetteer;
    private final Clock clock;
    private final Duration allowedSkew;

    RuleChecks(Gazetteer gazetteer, Clock clock, @Value("${recovery.rebuild.allowed-clock-skew:5m}") Duration allowedSkew) {
        this.gazetteer = gazetteer;
        this.clock = clock;
        this.allowedSkew = allowedSkew;
    }

    public Checks start() {
        return new Checks(gazetteer, clock.instant().plus(allowedSkew));
    }
}
