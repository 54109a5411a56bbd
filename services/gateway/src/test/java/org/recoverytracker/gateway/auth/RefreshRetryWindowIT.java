package org.recoverytracker.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.recoverytracker.gateway.stub.Accounts;
import org.recoverytracker.gateway.stub.GatewayHttp;
import org.recoverytracker.gateway.stub.StubService;

/** The retry window of a replaced refresh token ends (here after 1 s, configured): reuse after it ends the session. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefreshRetryWindowIT implements TestPropertyProvider {
    @Inject
    EmbeddedServer gateway;
    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(StubService.gatewayProperties(getClass(), Map.of()));
        properties.put("recovery.identity.seed-demo-accounts", "true");
        properties.put("recovery.identity.refresh-retry-window", "1s");
        return properties;
    }

    @Test
    void aReplacedRefreshTokenPresentedAfterTheRetryWindowRevokesItsWholeFamily() {
        Accounts accounts = new Accounts(new GatewayHttp(gateway.getURI()), json);
        String first = accounts.field(accounts.login("field", Accounts.DEMO_PASSWORD), "refreshToken");
        String successor = accounts.field(accounts.refresh(first), "refreshToken");

        // within the window the retry is answered with the same successor; once it has passed, the reuse is refused
        await("the retry window ends").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> accounts.refresh(first).statusCode() == 401);

        assertThat(accounts.refresh(successor).statusCode()).as("the unused successor is revoked with its family").isEqualTo(401);
    }
}
