package org.recoverytracker.contracts;

/** Kafka topic names: the only place they are spelled. Record key = the entity id. */
public final class Topics {
    public static final String DAMAGE_REPORTS = "recovery.damage-reports.v1";
    public static final String AID_DONATIONS = "recovery.aid-donations.v1";
    public static final String REBUILD_PROGRESS = "recovery.rebuild-progress.v1";
    /**
     * Access tokens every service must refuse before they expire (a user disabled, a password reset). Compacted, key
     * {@code user/<username>}: each service reads it whole at start-up and then follows it.
     */
    public static final String ACCESS_REVOCATIONS = "recovery.access-revocations.v1";
    /** Suffix of the dead-letter topic that receives events a consumer cannot apply. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
