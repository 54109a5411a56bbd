package org.recoverytracker.aggregation;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.testkit.TestStack;

/**
 * One running aggregation service per test class, on a database of its own and a consumer group of its own
 * (so it reads the shared topic from the beginning), with a writer onto the topic and the totals API.
 * Subclasses carry {@code @MicronautTest(transactional = false)}: the listener writes what the tests read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RunningServiceIT implements TestPropertyProvider {
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    EmbeddedServer server;

    @Value("${datasources.default.url}")
    String databaseUrl;

    @Value("${recovery.aggregation.group-id}")
    String groupId;

    final EventTopic topic = new EventTopic(Topics.DAMAGE_REPORTS);
    TotalsApi api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestStack.get().serviceProperties(getClass(), "aggregation"));
        properties.put("recovery.aggregation.group-id", "it-" + getClass().getSimpleName() + "-" + UUID.randomUUID());
        return properties;
    }

    @BeforeAll
    void connect() {
        api = new TotalsApi(server.getURL());
    }

    /**
     * Waits until the service has stored, with the effect of every record before them, the offsets the topic's
     * partitions end at now: everything published so far is taken in (or dead-lettered).
     */
    void awaitConsumed(String topicName) {
        awaitConsumed(databaseUrl, groupId, topicName);
    }

    /** {@link #awaitConsumed(String)} for a service started by the test itself, with its database and group. */
    static void awaitConsumed(String databaseUrl, String groupId, String topicName) {
        Map<Integer, Long> published = EventTopic.endOffsets(topicName);
        Eventually.await(PATIENCE).until(() -> consumedUpTo(databaseUrl, groupId, topicName, published));
    }

    private static boolean consumedUpTo(String databaseUrl, String groupId, String topicName, Map<Integer, Long> published)
            throws SQLException {
        TestStack stack = TestStack.get();
        try (Connection connection = DriverManager.getConnection(databaseUrl, stack.postgresUser(), stack.postgresPassword());
             PreparedStatement query = connection.prepareStatement(
                     "SELECT partition_no, next_offset FROM consumer_offset WHERE group_id = ? AND topic = ?")) {
            query.setString(1, groupId);
            query.setString(2, topicName);
            Map<Integer, Long> consumed = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    consumed.put(rows.getInt(1), rows.getLong(2));
                }
            }
            return published.entrySet().stream().allMatch(end -> consumed.getOrDefault(end.getKey(), 0L) >= end.getValue());
        }
    }

    @AfterAll
    void disconnect() {
        api.close();
        topic.close();
    }
}
