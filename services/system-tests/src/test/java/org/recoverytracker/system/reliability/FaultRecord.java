package org.recoverytracker.system.reliability;

import java.time.Duration;
import java.time.Instant;

/** One fault as it was injected: when it broke something, when all was whole again, and how many requests met it. */
record FaultRecord(String kind, Instant startedAt, Instant healedAt, long requestsDuring, String detail) {

    boolean covers(Instant at, Duration grace) {
        return !at.isBefore(startedAt) && !at.isAfter(healedAt.plus(grace));
    }

    long millis() {
        return Duration.between(startedAt, healedAt).toMillis();
    }
}
