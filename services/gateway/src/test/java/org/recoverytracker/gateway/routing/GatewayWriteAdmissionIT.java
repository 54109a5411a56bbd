package org.recoverytracker.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.recoverytracker.gateway.stub.EchoController;
import org.recoverytracker.gateway.stub.GatewayHttp;
import org.recoverytracker.gateway.stub.StubService;
import org.recoverytracker.intake.admission.WriteAdmission;
import org.recoverytracker.testkit.TestTokens;

/**
 * The gateway refuses a write at once (503 + Retry-After, nothing forwarded) when it already works on as many writes
 * as it admits: under an overload the excess is answered in milliseconds instead of waiting behind a saturated
 * service until the 30 s read timeout. Reads still pass.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayWriteAdmissionIT implements TestPropertyProvider {
    private static final String FIELD_OFFICER = TestTokens.bearer(TestTokens.fieldStaff("officer.test", "04"));

    private StubService damage;

    @Inject
    EmbeddedServer gateway;
    @Inject
    WriteAdmission admission;

    private GatewayHttp http;
    private int held;

    @Override
    public Map<String, String> getProperties() {
        damage = StubService.start("damage-service");
        Map<String, String> properties = new HashMap<>(StubService.gatewayProperties(getClass(), Map.of("damage-service", damage)));
        properties.put(WriteAdmission.LIMIT, "2");
        return properties;
    }

    @BeforeEach
    void client() {
        http = new GatewayHttp(gateway.getURI());
    }

    @AfterEach
    void giveBackHeldPlaces() {
        for (; held > 0; held--) {
            admission.leave();
        }
    }

    @AfterAll
    void stopStub() {
        damage.close();
    }

    private HttpResponse<String> put(String reportId) {
        return http.send(http.request("/api/v1/damage-reports/" + reportId)
                .header("Content-Type", "application/json")
                .setHeader("Authorization", FIELD_OFFICER)
                .PUT(BodyPublishers.ofString("{\"areaCode\":\"04\"}")));
    }

    @Test
    void aWriteBeyondTheLimitIsRefusedWithRetryAfterAndNeverReachesTheService() {
        while (admission.tryEnter()) {
            held++;
        }
        assertThat(held).as("places taken by the test").isEqualTo(2);
        int before = damage.bean(EchoController.class).received();

        HttpResponse<String> busy = put(UUID.randomUUID().toString());

        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Retry-After")).contains("1");
        assertThat(busy.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(busy.body()).contains("Nothing was stored");
        assertThat(damage.bean(EchoController.class).received()).as("forwarded to the service").isEqualTo(before);

        HttpResponse<String> read = http.send(http.request("/api/v1/damage-reports?disasterId=x")
                .setHeader("Authorization", FIELD_OFFICER).GET());
        assertThat(read.statusCode()).as("a read while every place is taken").isEqualTo(200);

        giveBackHeldPlaces();
        HttpResponse<String> again = put(UUID.randomUUID().toString());
        assertThat(again.statusCode()).as("a write once places are free").isEqualTo(200);
        assertThat(again.body()).contains("\"stub\":\"damage-service\"");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(admission.inFlight()).as("every answered write gave its place back").isZero());
    }
}
