package org.recoverytracker.contracts.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Checks shared by the event records' constructors, so an event missing a required field can neither be
 * built by a producer nor read by a consumer (which then dead-letters it instead of applying nulls).
 */
public final class EventChecks {
    private EventChecks() {
    }

    /** The fields every {@link DomainEvent} carries; versions start at 1. */
    public static void header(UUID eventId, Instant occurredAt, int version) {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more, not " + version);
        }
    }

    /** An immutable copy sorted by indicator code, so the same figures always serialise alike; no null keys or values. */
    public static SortedMap<String, BigDecimal> figures(Map<String, BigDecimal> figures) {
        Objects.requireNonNull(figures, "figures");
        SortedMap<String, BigDecimal> sorted = new TreeMap<>();
        figures.forEach((code, value) -> sorted.put(
                Objects.requireNonNull(code, "figures: indicator code"),
                Objects.requireNonNull(value, () -> "figures." + code)));
        return Collections.unmodifiableSortedMap(sorted);
    }
}
