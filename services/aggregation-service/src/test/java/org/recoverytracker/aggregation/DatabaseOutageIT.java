package org.recoverytracker.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.recoverytracker.aggregation.DamageEventMother.DEAD;
import static org.recoverytracker.aggregation.DamageEventMother.HOANG_TUNG;
import static org.recoverytracker.aggregation.DamageEventMother.HOA_AN;
import static org.recoverytracker.aggregation.DamageEventMother.declared;
import static org.recoverytracker.aggregation.DamageEventMother.hoursAfterMorning;
import static org.recoverytracker.aggregation.DamageEventMother.newDisaster;
import static org.recoverytracker.aggregation.DamageEventMother.submitted;
import static org.recoverytracker.aggregation.Eventually.await;
import static org.recoverytracker.aggregation.TotalsApi.value;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.recoverytracker.testkit.TestStack;

/** A batch that cannot reach PostgreSQL is retried until it commits, never skipped. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIT implements TestPropertyProvider {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestStack.get().serviceProperties(getClass(), "aggregation"));
        properties.put("recovery.aggregation.group-id", "it-outage-" + UUID.randomUUID());
        return properties;
    }

    @Test
    void reportConsumedWhileTheDatabaseIsDownCountsOnceItIsBack() {
        String disaster = newDisaster("outage");
        try (DamageTopic topic = new DamageTopic(); TotalsApi api = new TotalsApi(server.getURL())) {
            topic.publish(declared(disaster), submitted(disaster, HOANG_TUNG, hoursAfterMorning(1), Map.of(DEAD, 2)));
            await(PATIENCE).untilAsserted(() -> assertEquals(new BigDecimal(2), dead(api, disaster)));

            TestStack.get().stopPostgres();
            try {
                topic.publish(submitted(disaster, HOANG_TUNG, hoursAfterMorning(5), Map.of(DEAD, 9)));
                // long enough for the batch to fail on the pool's 5 s connection timeout at least once
                Awaitility.await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(20))
                        .until(() -> totalsUnavailable(api, disaster));
            } finally {
                TestStack.get().startPostgres();
            }

            await(PATIENCE).untilAsserted(() -> assertEquals(new BigDecimal(9), dead(api, disaster)));
        }
    }

    private static BigDecimal dead(TotalsApi api, String disaster) {
        return value(api.totals("disaster=" + disaster + "&area=" + HOA_AN).get("figures"), DEAD);
    }

    private static boolean totalsUnavailable(TotalsApi api, String disaster) {
        try {
            api.totals("disaster=" + disaster);
            return false;
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode() >= 500;
        }
    }
}
