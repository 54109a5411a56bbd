package org.recoverytracker.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.TestInstance;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.event.CloudEventHeaders;
import org.recoverytracker.intake.outbox.OutboxRelay;
import org.recoverytracker.testkit.HttpAnswer;
import org.recoverytracker.testkit.TestStack;
import org.recoverytracker.testkit.TopicReader;

/**
 * What the rebuild service's integration tests share: the service on a database of the test class's own and the
 * shared broker, {@link HttpAnswer}s whatever their status, and a look at what was published.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RebuildIT implements TestPropertyProvider {
    @Inject
    @Client("/")
    protected HttpClient client;

    @Inject
    protected OutboxRelay relay;

    @Override
    public Map<String, String> getProperties() {
        return TestStack.get().serviceProperties(getClass(), "rebuild");
    }

    protected HttpAnswer put(String path, Object body, String ifMatch) {
        MutableHttpRequest<?> request = HttpRequest.PUT(path, body).contentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return HttpAnswer.send(client, request);
    }

    protected HttpAnswer put(String path, Object body) {
        return put(path, body, null);
    }

    /** A PUT signed in with {@code token} (see {@code TestTokens}) instead of the default coordinator's. */
    protected HttpAnswer putAs(String token, String path, Object body) {
        return HttpAnswer.send(client, HttpRequest.PUT(path, body).contentType(MediaType.APPLICATION_JSON).bearerAuth(token));
    }

    protected HttpAnswer fetchAs(String token, String path) {
        return HttpAnswer.send(client, HttpRequest.GET(path).bearerAuth(token));
    }

    protected HttpAnswer fetch(String path) {
        return HttpAnswer.send(client, HttpRequest.GET(path));
    }


    /** Everything published under {@code key}, once the outbox has been relayed. */
    protected List<ConsumerRecord<String, String>> publishedFor(UUID key) {
        await().atMost(Duration.ofSeconds(20)).until(() -> relay.backlog() == 0);
        return TopicReader.byKey(Topics.REBUILD_PROGRESS, key.toString());
    }

    protected List<String> typesPublishedFor(UUID key) {
        return publishedFor(key).stream().map(r -> TopicReader.header(r, CloudEventHeaders.TYPE)).toList();
    }

    /** A problem+json refusal naming every one of {@code fields}. */
    protected static void assertRefused(HttpAnswer reply, int status, String... fields) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        for (String field : fields) {
            assertThat(reply.body()).contains("\"name\":\"" + field + "\"");
        }
    }
}
