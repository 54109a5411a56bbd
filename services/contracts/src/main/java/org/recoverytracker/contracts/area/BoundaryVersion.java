package org.recoverytracker.contracts.area;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One set of administrative boundaries and codes, valid from {@code validFrom} to {@code validTo}, both
 * <em>inclusive</em> local dates in Vietnam (as the law states them: the three-tier set is valid "until
 * 2025-06-30", the two-tier one "from 2025-07-01"); {@code validTo} is null while the version is current.
 * Its {@link #id()} is its start date, e.g. {@code 2025-07-01}, as queries name it ({@code boundaries=2025-07-01}).
 * {@code levels} lists the tiers from the top, e.g. PROVINCE, DISTRICT, COMMUNE.
 */
public record BoundaryVersion(LocalDate validFrom, @Nullable LocalDate validTo, List<AreaLevel> levels) {

    public BoundaryVersion {
        Objects.requireNonNull(validFrom, "validFrom");
        levels = List.copyOf(levels);
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo " + validTo + " is before validFrom " + validFrom);
        }
    }

    /** The version's name: its start date in ISO format. */
    public String id() {
        return validFrom.toString();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public boolean hasLevel(AreaLevel level) {
        return levels.contains(level);
    }

    @Override
    public String toString() {
        return id();
    }
}
