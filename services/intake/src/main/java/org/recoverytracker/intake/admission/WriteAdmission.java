package org.recoverytracker.intake.admission;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.concurrent.Semaphore;

/**
 * How many writes an intake service works on at once. Beyond that a write is refused at the door (503 with
 * Retry-After, see {@link WriteAdmissionFilter}) instead of waiting in the heap for a database connection: under an
 * overload the waiting requests filled the 256 MB heap, and a service that dies of it loses every request in flight.
 * A refused write stored nothing, so the client sends the same request again (the field app's outbox does).
 */
@Singleton
@Requires(property = WriteAdmission.LIMIT)
public final class WriteAdmission {
    public static final String LIMIT = "recovery.admission.writes-in-flight";

    private final int limit;
    private final Semaphore permits;
    private final Counter refused;

    WriteAdmission(@Property(name = LIMIT) int limit, MeterRegistry meters) {
        if (limit < 1) {
            throw new IllegalArgumentException(LIMIT + " must be at least 1, not " + limit);
        }
        this.limit = limit;
        this.permits = new Semaphore(limit);
        this.refused = meters.counter("admission.writes.refused");
        meters.gauge("admission.writes.in.flight", permits, p -> limit - p.availablePermits());
    }

    /** Takes a place for one write; false (and counted) when all places are taken. */
    public boolean tryEnter() {
        if (permits.tryAcquire()) {
            return true;
        }
        refused.increment();
        return false;
    }

    /** Gives back the place a write took with {@link #tryEnter()}. */
    public void leave() {
        permits.release();
    }

    public int limit() {
        return limit;
    }

    public int inFlight() {
        return limit - permits.availablePermits();
    }
}
