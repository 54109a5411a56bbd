package org.recoverytracker.damage.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoverytracker.damage.DamageFixtures.declare;
import static org.recoverytracker.damage.DamageFixtures.disasterId;
import static org.recoverytracker.damage.DamageFixtures.report;
import static org.recoverytracker.testkit.HttpAnswer.send;
import static org.recoverytracker.testkit.HttpAnswer.with;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.recoverytracker.testkit.HttpAnswer;
import org.recoverytracker.testkit.TestStack;

/** Every refusal is problem+json naming the field, and leaves nothing behind. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DamageReportValidationIT implements TestPropertyProvider {
    @Inject
    @Client("/")
    HttpClient client;

    private final String disaster = disasterId();

    @Override
    public Map<String, String> getProperties() {
        return TestStack.get().serviceProperties(getClass(), "damage");
    }

    @BeforeAll
    void declareDisaster() {
        declare(client, disaster);
    }

    private void assertRefused(Object body, int status, String field) {
        UUID reportId = UUID.randomUUID();
        HttpAnswer answer = send(client, HttpRequest.PUT("/api/v1/damage-reports/" + reportId, body).contentType(MediaType.APPLICATION_JSON));
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body()).contains("\"name\":\"" + field + "\"");
        assertThat(send(client, HttpRequest.GET("/api/v1/damage-reports/" + reportId)).status()).isEqualTo(404);
    }

    @Test
    void unknownIndicatorIsRefused() {
        assertRefused(with(report(disaster), "figures", Map.of("DR-X99", 1)), 422, "figures.DR-X99");
    }

    @Test
    void negativeCountIsRefused() {
        assertRefused(with(report(disaster), "figures", Map.of("DR-P01", -1)), 422, "figures.DR-P01");
    }

    @Test
    void fractionOfAPersonIsRefused() {
        assertRefused(with(report(disaster), "figures", Map.of("DR-P01", 2.5)), 422, "figures.DR-P01");
    }

    @Test
    void areaCodeThatDoesNotExistIsRefused() {
        assertRefused(with(report(disaster), "areaCode", "99999"), 422, "areaCode");
    }

    @Test
    void districtCodeAfterTheDistrictsWereAbolishedIsRefused() {
        Map<String, Object> request = with(report(disaster), "areaCode", "040");
        assertRefused(with(request, "asOf", "2025-08-01T00:00:00Z"), 422, "areaCode");
    }

    @Test
    void reportFromTheFutureIsRefused() {
        assertRefused(with(report(disaster), "asOf", Instant.now().plus(1, ChronoUnit.HOURS).toString()), 422, "asOf");
    }

    @Test
    void undeclaredDisasterIsRefused() {
        assertRefused(with(report(disaster), "disasterId", "never-declared"), 422, "disasterId");
    }

    @Test
    void missingAreaIsRefused() {
        assertRefused(with(report(disaster), "areaCode", null), 400, "areaCode");
    }

    @Test
    void unknownFieldIsRefused() {
        UUID reportId = UUID.randomUUID();
        HttpAnswer answer = send(client, HttpRequest.PUT("/api/v1/damage-reports/" + reportId, with(report(disaster), "figurs", Map.of())));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body()).contains("figurs");
    }

    @Test
    void malformedJsonIsRefused() {
        HttpAnswer answer = send(client, HttpRequest.PUT("/api/v1/damage-reports/" + UUID.randomUUID(), "{\"areaCode\": ")
                .contentType(MediaType.APPLICATION_JSON));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void oversizedBodyIsRefused() {
        HttpAnswer answer = send(client, HttpRequest.PUT("/api/v1/damage-reports/" + UUID.randomUUID(),
                with(report(disaster), "note", "x".repeat(2_000_000))));
        assertThat(answer.status()).isEqualTo(413);
    }
}
