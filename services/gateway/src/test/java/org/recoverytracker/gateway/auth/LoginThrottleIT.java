package org.recoverytracker.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.recoverytracker.gateway.stub.Accounts;
import org.recoverytracker.gateway.stub.GatewayHttp;
import org.recoverytracker.gateway.stub.StubService;

/** Guessing passwords of many accounts from one address is throttled too (here after 4 failures, configured). */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginThrottleIT implements TestPropertyProvider {
    @Inject
    EmbeddedServer gateway;
    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(StubService.gatewayProperties(getClass(), Map.of()));
        properties.put("recovery.identity.seed-demo-accounts", "true");
        properties.put("recovery.identity.throttle.per-address", "4");
        properties.put("recovery.identity.throttle.window", "10m");
        return properties;
    }

    @Test
    void failuresAcrossAccountsFromOneAddressAreThrottled() {
        Accounts accounts = new Accounts(new GatewayHttp(gateway.getURI()), json);
        for (String user : new String[] {"admin", "coordinator", "field", "somebody"}) {
            assertThat(accounts.login(user, "wrong password").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> throttled = accounts.login("coordinator", Accounts.DEMO_PASSWORD);

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow())).isBetween(590L, 600L);
        assertThat(accounts.field(throttled, "detail")).contains("too many failed logins");
    }
}
