package org.recoverytracker.donation;

import static org.awaitility.Awaitility.await;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.TestInstance;
import org.recoverytracker.intake.outbox.OutboxRelay;
import org.recoverytracker.testkit.TestStack;

/**
 * What every integration test of this service stands on: the service on the real stack with a database of the test
 * class's own, a client, and the events it published (once the relay has caught up). Subclasses add
 * {@code @MicronautTest(transactional = false)}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DonationServiceIT implements TestPropertyProvider {
    @Inject
    @Client("/")
    protected HttpClient client;

    @Inject
    protected OutboxRelay relay;

    @Override
    public Map<String, String> getProperties() {
        return TestStack.get().serviceProperties(getClass(), "donation");
    }

    /** The ce_type (without prefix) of every event published under {@code key}, in order. */
    protected List<String> published(UUID key) {
        await().atMost(Duration.ofSeconds(20)).until(() -> relay.backlog() == 0);
        return DonationFixtures.publishedTypes(key.toString());
    }
}
