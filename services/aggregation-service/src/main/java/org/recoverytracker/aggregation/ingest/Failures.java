package org.recoverytracker.aggregation.ingest;

import io.micronaut.data.exceptions.DataAccessException;
import java.sql.SQLException;

/** Tells an event the database refuses (poison) from a database that cannot be reached (retry the batch). */
final class Failures {

    private Failures() {
    }

    /**
     * True for failures that retrying the batch can cure: any SQL error except data and integrity errors
     * (SQLSTATE classes 22 and 23), which the same event would meet again.
     */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                return state == null || !(state.startsWith("22") || state.startsWith("23"));
            }
            if (cause instanceof DataAccessException && cause.getCause() == null) {
                return true;
            }
        }
        return false;
    }
}
