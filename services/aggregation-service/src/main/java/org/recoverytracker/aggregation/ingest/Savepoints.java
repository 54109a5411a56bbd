package org.recoverytracker.aggregation.ingest;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.Supplier;

/** Undoes one event's writes without losing the rest of the batch's transaction. */
@Singleton
final class Savepoints {
    private final JdbcOperations jdbc;

    Savepoints(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs {@code work}; if it throws, everything it wrote is rolled back before the exception goes on. */
    <T> T undoIfItFails(Supplier<T> work) {
        Connection connection = jdbc.getConnection();
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw new DataAccessException("cannot set a savepoint", e);
        }
        try {
            T result = work.get();
            connection.releaseSavepoint(savepoint);
            return result;
        } catch (RuntimeException failure) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
            throw failure;
        } catch (SQLException e) {
            throw new DataAccessException("cannot release a savepoint", e);
        }
    }
}
