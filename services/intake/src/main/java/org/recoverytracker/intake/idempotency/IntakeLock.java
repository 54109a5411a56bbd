package org.recoverytracker.intake.idempotency;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Serialises writes to one client-chosen id until the transaction ends. Without it two copies of the
 * same first submission (a phone retrying while the first attempt is still in flight) both find nothing
 * stored and both insert: one would fail with a duplicate key. With it the second waits, then finds the
 * first one's row and is answered as a replay.
 */
@Singleton
public class IntakeLock {
    private final JdbcOperations jdbc;

    IntakeLock(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void lock(String kind, Object id) {
        jdbc.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", statement -> {
            statement.setString(1, kind + ":" + id);
            return statement.execute();
        });
    }
}
