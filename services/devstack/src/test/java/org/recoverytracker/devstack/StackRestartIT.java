package org.recoverytracker.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recoverytracker.testkit.TestStack;

/** Fault tests can take the broker and the database down and bring them back with their data. */
class StackRestartIT {
    private final TestStack stack = TestStack.get();

    @Test
    void databaseRefusesConnectionsWhileStoppedAndKeepsItsRowsAcrossTheRestart() throws SQLException {
        String url = stack.freshDatabase("devstack_restart_it");
        execute(url, "CREATE TABLE report (id text PRIMARY KEY)", "INSERT INTO report VALUES ('r-1')");

        stack.stopPostgres();
        try {
            assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(url, stack.postgresUser(), stack.postgresPassword()).close());
        } finally {
            stack.startPostgres();
        }

        try (Connection connection = DriverManager.getConnection(url, stack.postgresUser(), stack.postgresPassword());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM report")) {
            assertTrue(rows.next());
            assertEquals("r-1", rows.getString(1));
        }
    }

    @Test
    void brokerIsUnreachableWhileStoppedAndKeepsItsRecordsAcrossTheRestart() {
        String topic = "devstack.restart-it." + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        StackClients.produce(stack, topic, key, "before the restart");

        stack.stopKafka();
        try {
            assertFalse(StackClients.brokerReachable(stack));
        } finally {
            stack.startKafka();
        }

        assertTrue(StackClients.brokerReachable(stack));
        assertEquals("before the restart", StackClients.consumeAll(stack, topic, 1).get(key));
    }

    private void execute(String url, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, stack.postgresUser(), stack.postgresPassword());
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
