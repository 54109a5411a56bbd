package org.recoverytracker.system.reliability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** What the clients sent and what they were told, counted as they go; safe for many client threads. */
final class Ledger {
    private static final int KEPT_ANOMALIES = 50;

    private final AtomicLong attempts = new AtomicLong();
    private final AtomicLong operations = new AtomicLong();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong refusedAsExpected = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong noAnswer = new AtomicLong();
    private final AtomicLong unavailable = new AtomicLong();
    private final AtomicLong serverErrors = new AtomicLong();
    private final AtomicLong unexpected = new AtomicLong();
    private final AtomicLong abandoned = new AtomicLong();
    private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    private final List<String> anomalies = new ArrayList<>();
    private final List<Unavailable> unavailableAt = new ArrayList<>();

    private record Unavailable(Instant at, String what) {
    }

    /** How one attempt ended: an answer with its status, or none at all (connection refused, reset, timed out). */
    enum Outcome { ANSWERED, NO_ANSWER, UNAVAILABLE, SERVER_ERROR }

    void attempt(boolean retry, Outcome outcome, int status, Instant startedAt, String what) {
        attempts.incrementAndGet();
        if (retry) {
            retries.incrementAndGet();
        }
        if (status > 0) {
            statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
        }
        switch (outcome) {
            case NO_ANSWER -> noAnswer.incrementAndGet();
            case UNAVAILABLE -> {
                unavailable.incrementAndGet();
                synchronized (unavailableAt) {
                    unavailableAt.add(new Unavailable(startedAt, what));
                }
            }
            case SERVER_ERROR -> {
                serverErrors.incrementAndGet();
                anomaly("5xx " + what);
            }
            case ANSWERED -> { }
        }
    }

    void operation() {
        operations.incrementAndGet();
    }

    void acknowledged() {
        acknowledged.incrementAndGet();
    }

    void refusedAsExpected() {
        refusedAsExpected.incrementAndGet();
    }

    void unexpected(String what) {
        unexpected.incrementAndGet();
        anomaly("unexpected answer: " + what);
    }

    void abandoned(String what) {
        abandoned.incrementAndGet();
        anomaly("gave up: " + what);
    }

    long attempts() {
        return attempts.get();
    }

    long acknowledgedCount() {
        return acknowledged.get();
    }

    long serverErrors() {
        return serverErrors.get();
    }

    long unexpectedCount() {
        return unexpected.get();
    }

    long abandonedCount() {
        return abandoned.get();
    }

    /**
     * Unavailable answers to requests sent while no fault was in force, nor in the {@code grace} after one was mended
     * (connection pools reconnect after the database is back): the system was meant to be whole.
     */
    List<String> unavailableOutside(List<FaultRecord> faults, java.time.Duration grace) {
        synchronized (unavailableAt) {
            return unavailableAt.stream()
                    .filter(u -> faults.stream().noneMatch(f -> f.covers(u.at(), grace)))
                    .map(u -> u.at() + " " + u.what()).toList();
        }
    }

    Map<String, Object> summary() {
        Map<String, Object> summary = new java.util.LinkedHashMap<>();
        summary.put("requestsSent", attempts.get());
        summary.put("operations", operations.get());
        summary.put("acknowledged", acknowledged.get());
        summary.put("refusedAsExpected", refusedAsExpected.get());
        summary.put("retries", retries.get());
        summary.put("noAnswer", noAnswer.get());
        summary.put("unavailable", unavailable.get());
        summary.put("serverErrors5xx", serverErrors.get());
        summary.put("unexpectedAnswers", unexpected.get());
        summary.put("abandoned", abandoned.get());
        Map<String, Long> byStatus = new TreeMap<>();
        statuses.forEach((status, count) -> byStatus.put(String.valueOf(status), count.get()));
        summary.put("answersByStatus", byStatus);
        return summary;
    }

    List<String> anomalies() {
        synchronized (anomalies) {
            return List.copyOf(anomalies);
        }
    }

    private void anomaly(String text) {
        synchronized (anomalies) {
            if (anomalies.size() < KEPT_ANOMALIES) {
                anomalies.add(Instant.now() + " " + text);
            }
        }
    }
}
