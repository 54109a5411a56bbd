package org.recoverytracker.intake.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aLostOrRefusedConnectionAnywhereInTheCausesMeansTryAgain() {
        assertThat(DatabaseUnavailable.lostConnection(new ConnectionException("Failed to obtain JDBC Connection"))).isTrue();
        assertThat(DatabaseUnavailable.lostConnection(new DataAccessException("insert failed",
                new SQLException("Connection is closed", "08003")))).isTrue();
        assertThat(DatabaseUnavailable.lostConnection(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
    }

    @Test
    void otherDatabaseFailuresStayServerErrors() {
        assertThat(DatabaseUnavailable.lostConnection(new DataAccessException("duplicate",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.lostConnection(new IllegalStateException("bug"))).isFalse();
    }
}
