package org.recoverytracker.rebuild.rules;

/** Patterns of the readable ids requests carry. */
public final class Slugs {
    /** As the damage service declares disasters: {@code 2024-yagi}. */
    public static final String DISASTER = "[a-z0-9][a-z0-9-]{2,62}";
    public static final String DISASTER_MESSAGE = "lower-case letters, digits and dashes, e.g. 2024-yagi";
    /** A project kind within its sector: {@code house-relocation}, {@code road-repair}. */
    public static final String KIND = "[a-z0-9][a-z0-9-]{0,47}";
    public static final String KIND_MESSAGE = "lower-case letters, digits and dashes, e.g. house-relocation";

    private Slugs() {
    }
}
