package org.recoverytracker.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recoverytracker.testkit.TestStack;

/** The stack that ./recovery test starts is a real broker and a real database that tests can use. */
class StackIT {
    private final TestStack stack = TestStack.get();

    @Test
    void recordProducedToTheBrokerIsConsumedBack() {
        String topic = "devstack.stack-it." + UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        StackClients.produce(stack, topic, key, "flooded");

        assertEquals("flooded", StackClients.consumeAll(stack, topic, 1).get(key));
    }

    @Test
    void databaseStoresAndReturnsRows() throws SQLException {
        String url = stack.freshDatabase("devstack_stack_it");
        try (Connection connection = DriverManager.getConnection(url, stack.postgresUser(), stack.postgresPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE area (code text PRIMARY KEY, name text NOT NULL)");
            statement.execute("INSERT INTO area VALUES ('04', 'Cao Bằng')");

            try (ResultSet rows = statement.executeQuery("SELECT name FROM area WHERE code = '04'")) {
                assertTrue(rows.next());
                assertEquals("Cao Bằng", rows.getString(1));
            }
        }
    }
}
