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

/**
 * Guessing from one address across accounts (here after 4 failures) and at one account from many addresses (here after
 * 3) is throttled too, configured low.
 */
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
        properties.put("recovery.identity.throttle.per-account", "3");
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

    @Test
    void guessingOneAccountFromManyAddressesThrottlesThemButNotAnAddressThatHasNotFailed() {
        new Accounts(new GatewayHttp(gateway.getURI()), json).createFieldOfficer("officer.targeted", "the real password", "042");
        for (String address : new String[] {"127.0.0.11", "127.0.0.12", "127.0.0.13"}) {
            Accounts guesser = new Accounts(GatewayHttp.from(gateway.getURI(), address), json);
            assertThat(guesser.login("officer.targeted", "a guess from " + address).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> guesserAgain = new Accounts(GatewayHttp.from(gateway.getURI(), "127.0.0.12"), json)
                .login("officer.targeted", "the real password");
        HttpResponse<String> officer = new Accounts(GatewayHttp.from(gateway.getURI(), "127.0.0.14"), json)
                .login("officer.targeted", "the real password");

        assertThat(guesserAgain.statusCode()).isEqualTo(429);
        assertThat(guesserAgain.headers().firstValue("Retry-After")).isPresent();
        assertThat(officer.statusCode()).as("an address that never failed still signs in").isEqualTo(200);
    }
}
