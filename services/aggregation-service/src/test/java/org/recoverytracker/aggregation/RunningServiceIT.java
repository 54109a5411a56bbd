package org.recoverytracker.aggregation;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
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

    @AfterAll
    void disconnect() {
        api.close();
        topic.close();
    }
}
