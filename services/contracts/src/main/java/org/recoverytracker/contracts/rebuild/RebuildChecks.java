package org.recoverytracker.contracts.rebuild;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Checks the rebuild events' constructors share, beside {@link org.recoverytracker.contracts.event.EventChecks}. */
final class RebuildChecks {
    private RebuildChecks() {
    }

    /** An amendment names the earlier version it replaces. */
    static void replaces(int replacesVersion, int version) {
        if (replacesVersion < 1 || replacesVersion >= version) {
            throw new IllegalArgumentException(
                    "replacesVersion " + replacesVersion + " must be an earlier version than " + version);
        }
    }

    /** Who recorded a write, and when. */
    static void recorded(String by, Instant at, String byField, String atField) {
        Objects.requireNonNull(by, byField);
        Objects.requireNonNull(at, atField);
    }

    /** A cumulative progress figure as of a time: present and not negative. */
    static void progress(UUID updateId, Instant asOf, BigDecimal value, String valueField) {
        Objects.requireNonNull(updateId, "updateId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(value, valueField);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(valueField + " must not be negative, not " + value);
        }
    }
}
