package org.recoverytracker.aggregation.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.exceptions.DataAccessException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void unreachableDatabaseIsRetriedNotDeadLettered() {
        assertTrue(Failures.isTransient(new DataAccessException("no connection", new SQLException("refused", "08001"))));
        assertTrue(Failures.isTransient(new DataAccessException("pool exhausted")));
    }

    @Test
    void valueTheDatabaseRefusesIsPoison() {
        assertFalse(Failures.isTransient(new DataAccessException("overflow", new SQLException("numeric overflow", "22003"))));
        assertFalse(Failures.isTransient(new DataAccessException("duplicate", new SQLException("unique", "23505"))));
    }

    @Test
    void eventThatCannotApplyIsPoison() {
        assertFalse(Failures.isTransient(new UnapplicableEvent("area 99999 is not a valid code on 2024-09-12")));
        assertFalse(Failures.isTransient(new IllegalStateException("bug")));
    }
}
