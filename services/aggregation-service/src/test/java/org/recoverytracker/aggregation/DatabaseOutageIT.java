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
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.recoverytracker.testkit.TestStack;

/** A batch that cannot reach PostgreSQL is retried until it commits, never skipped. */
@MicronautTest(transactional = false)
class DatabaseOutageIT extends RunningServiceIT {
    @Test
    void reportConsumedWhileTheDatabaseIsDownCountsOnceItIsBack() {
        String disaster = newDisaster("outage");
        topic.publish(declared(disaster), submitted(disaster, HOANG_TUNG, hoursAfterMorning(1), Map.of(DEAD, 2)));
        await(PATIENCE).untilAsserted(() -> assertEquals(new BigDecimal(2), dead(disaster)));

        TestStack.get().stopPostgres();
        try {
            topic.publish(submitted(disaster, HOANG_TUNG, hoursAfterMorning(5), Map.of(DEAD, 9)));
            // long enough for the batch to fail on the pool's 5 s connection timeout at least once
            Awaitility.await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(20))
                    .until(() -> totalsUnavailable(disaster));
        } finally {
            TestStack.get().startPostgres();
        }

        await(PATIENCE).untilAsserted(() -> assertEquals(new BigDecimal(9), dead(disaster)));
    }

    private BigDecimal dead(String disaster) {
        return value(api.totals("disaster=" + disaster + "&area=" + HOA_AN).get("figures"), DEAD);
    }

    private boolean totalsUnavailable(String disaster) {
        try {
            api.totals("disaster=" + disaster);
            return false;
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode() >= 500;
        }
    }
}
