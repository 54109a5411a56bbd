package org.recoverytracker.contracts.rebuild;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The sectors of a post-disaster needs assessment (PDNA) that recovery projects and targets belong to. */
public enum Sector {
    HOUSING, EDUCATION, HEALTH, TRANSPORT, IRRIGATION, WATER, POWER, AGRICULTURE, LIVELIHOODS, OTHER;

    /** The sector named {@code name} in any letter case ({@code housing}, {@code HOUSING}), if there is one. */
    public static Optional<Sector> parse(String name) {
        return name == null ? Optional.empty() : Arrays.stream(values())
                .filter(s -> s.name().equals(name.strip().toUpperCase(Locale.ROOT)))
                .findFirst();
    }
}
