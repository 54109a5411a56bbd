package org.recoverytracker.damage.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.recoverytracker.damage.DamageFixtures.COORDINATOR;
import static org.recoverytracker.damage.DamageFixtures.declare;
import static org.recoverytracker.damage.DamageFixtures.disasterId;
import static org.recoverytracker.damage.DamageFixtures.report;
import static org.recoverytracker.testkit.HttpAnswer.send;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.recoverytracker.intake.admission.WriteAdmission;
import org.recoverytracker.testkit.TestStack;

/** When every place for a write is taken, the next write is refused at once with 503 + Retry-After and stores nothing. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteAdmissionIT implements TestPropertyProvider {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    WriteAdmission admission;

    private final String disaster = disasterId();
    private int held;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestStack.get().serviceProperties(getClass(), "damage"));
        properties.put(WriteAdmission.LIMIT, "2");
        return properties;
    }

    @BeforeAll
    void declareDisaster() {
        declare(client, disaster);
    }

    @AfterEach
    void giveBackHeldPlaces() {
        for (; held > 0; held--) {
            admission.leave();
        }
    }

    private void holdEveryPlace() {
        while (admission.tryEnter()) {
            held++;
        }
        assertThat(held).as("places taken by the test").isEqualTo(2);
    }

    private HttpResponse<?> put(UUID reportId) {
        return put(reportId, report(disaster));
    }

    private HttpResponse<?> put(UUID reportId, Map<String, Object> body) {
        HttpRequest<?> request = HttpRequest.PUT("/api/v1/damage-reports/" + reportId, body)
                .contentType(MediaType.APPLICATION_JSON).bearerAuth(COORDINATOR);
        try {
            return client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return e.getResponse();
        }
    }

    @Test
    void aWriteBeyondTheLimitIsRefusedWithRetryAfterAndTheSameRequestLaterIsStoredOnce() {
        holdEveryPlace();
        UUID reportId = UUID.randomUUID();

        HttpResponse<?> busy = put(reportId);
        assertThat(busy.code()).isEqualTo(503);
        assertThat(busy.getHeaders().get("Retry-After")).isEqualTo("1");
        assertThat(busy.getContentType().map(Object::toString)).contains("application/problem+json");
        assertThat(busy.getBody(String.class).orElse("")).contains("Nothing was stored");
        assertThat(send(client, HttpRequest.GET("/api/v1/damage-reports/" + reportId)).status())
                .as("a refused write stores nothing").isEqualTo(404);

        giveBackHeldPlaces();
        assertThat(put(reportId).code()).as("the same request, sent again").isEqualTo(201);
        assertThat(put(reportId).code()).as("and once more: the stored answer").isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(admission.inFlight()).as("every answered write gave its place back").isZero());
    }

    @Test
    void readsAreServedWhileEveryPlaceForAWriteIsTaken() {
        holdEveryPlace();
        assertThat(send(client, HttpRequest.GET("/api/v1/damage-reports?disasterId=" + disaster)).status()).isEqualTo(200);
    }

    @Test
    void refusedAndFailedWritesGiveTheirPlacesBack() {
        for (int i = 0; i < 5; i++) {
            Map<String, Object> invalid = new HashMap<>(report(disaster));
            invalid.put("figures", Map.of("DR-P01", -1));
            HttpResponse<?> refused = put(UUID.randomUUID(), invalid);
            assertThat(refused.code()).isEqualTo(422);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(admission.inFlight()).isZero());
        assertThat(put(UUID.randomUUID()).code()).isEqualTo(201);
    }
}
