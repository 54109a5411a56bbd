package org.recoverytracker.aggregation;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/** Waiting for the consumer: a disaster not yet consumed is a 404 for a while, which is no failure. */
public final class Eventually {
    private Eventually() {
    }

    public static ConditionFactory await(Duration patience) {
        return Awaitility.await().atMost(patience).pollInterval(Duration.ofMillis(200))
                .ignoreExceptionsInstanceOf(HttpClientResponseException.class);
    }
}
