package org.recoverytracker.intake.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void aLostOrRefusedConnectionAnywhereInTheCausesMeansTryAgain() {
        assertThat(DatabaseFailures.lostConnection(new ConnectionException("Failed to obtain JDBC Connection"))).isTrue();
        assertThat(DatabaseFailures.lostConnection(new DataAccessException("insert failed",
                new SQLException("Connection is closed", "08003")))).isTrue();
        assertThat(DatabaseFailures.lostConnection(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
    }

    @Test
    void aValueTheDatabaseCannotHoldIsTheRequestsFault() {
        assertThat(DatabaseFailures.refusedValue(new DataAccessException("Error preparing SQL statement",
                new SQLException("unsupported Unicode escape sequence", "22P05")))).isTrue();
        assertThat(DatabaseFailures.refusedValue(new DataAccessException("insert failed",
                new SQLException("Connection is closed", "08003")))).isFalse();
    }

    @Test
    void otherDatabaseFailuresStayServerErrors() {
        assertThat(DatabaseFailures.lostConnection(new DataAccessException("duplicate",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseFailures.lostConnection(new IllegalStateException("bug"))).isFalse();
    }
}
