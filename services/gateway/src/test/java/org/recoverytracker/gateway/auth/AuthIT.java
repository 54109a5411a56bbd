package org.recoverytracker.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.recoverytracker.gateway.stub.Accounts;
import org.recoverytracker.gateway.stub.GatewayHttp;
import org.recoverytracker.gateway.stub.StubService;

/** Signing in, refreshing and signing out at the gateway, with the demo accounts and accounts an admin creates. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthIT implements TestPropertyProvider {
    @Inject
    EmbeddedServer gateway;
    @Inject
    JsonMapper json;

    private GatewayHttp http;
    private Accounts accounts;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(StubService.gatewayProperties(getClass(), Map.of()));
        properties.put("recovery.identity.seed-demo-accounts", "true");
        properties.put("recovery.identity.throttle.per-address", "1000");
        return properties;
    }

    @BeforeEach
    void client() {
        http = new GatewayHttp(gateway.getURI());
        accounts = new Accounts(http, json);
    }

    private String bearer(HttpResponse<String> session) {
        return "Bearer " + accounts.field(session, "accessToken");
    }

    @Test
    void demoFieldOfficerSignsInAndTheTokenCarriesRoleAndAreas() {
        HttpResponse<String> session = accounts.login("field", Accounts.DEMO_PASSWORD);

        assertThat(session.statusCode()).isEqualTo(200);
        assertThat(session.headers().firstValue("Cache-Control")).hasValue("no-store");
        Map<String, Object> body = accounts.map(session);
        assertThat(body).containsEntry("tokenType", "Bearer").containsEntry("expiresIn", 900).containsEntry("refreshExpiresIn", 2_592_000);
        assertThat((Map<String, Object>) body.get("user")).containsEntry("role", "FIELD_STAFF").containsEntry("areaCodes", List.of("04"));
        HttpResponse<String> me = accounts.get("/api/v1/auth/me", bearer(session));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(accounts.map(me)).containsEntry("username", "field").doesNotContainKey("passwordHash");
        assertThat(claims(accounts.field(session, "accessToken")))
                .contains("\"sub\":\"field\"", "\"roles\":[\"FIELD_STAFF\"]", "\"areas\":[\"04\"]", "\"iss\":\"recovery-tracker\"");
    }

    @Test
    void wrongPasswordAndUnknownUserAreRefusedTheSameWay() {
        HttpResponse<String> wrongPassword = accounts.login("coordinator", "not the password");
        HttpResponse<String> unknownUser = accounts.login("nobody-here", "not the password");

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknownUser.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(accounts.field(wrongPassword, "detail")).isEqualTo(accounts.field(unknownUser, "detail"));
    }

    @Test
    void aRefreshTokenWorksOnceAndReusingItAfterItsSuccessorWasUsedEndsTheSession() {
        HttpResponse<String> session = accounts.login("coordinator", Accounts.DEMO_PASSWORD);
        String first = accounts.field(session, "refreshToken");

        HttpResponse<String> refreshed = accounts.refresh(first);
        String second = accounts.field(refreshed, "refreshToken");
        String third = accounts.field(accounts.refresh(second), "refreshToken");
        HttpResponse<String> reused = accounts.refresh(first);

        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(second).isNotEqualTo(first);
        assertThat(third).isNotEqualTo(second);
        assertThat(accounts.get("/api/v1/auth/me", bearer(refreshed)).statusCode()).isEqualTo(200);
        assertThat(reused.statusCode()).isEqualTo(401);
        assertThat(accounts.refresh(third).statusCode()).as("a copied token revokes its whole family").isEqualTo(401);
    }

    @Test
    void aRefreshRetriedAfterItsAnswerWasLostGetsTheSameSuccessorAndTheSessionGoesOn() {
        String first = accounts.field(accounts.login("coordinator", Accounts.DEMO_PASSWORD), "refreshToken");
        String lost = accounts.field(accounts.refresh(first), "refreshToken");

        HttpResponse<String> retried = accounts.refresh(first);
        HttpResponse<String> retriedAgain = accounts.refresh(first);

        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(accounts.field(retried, "refreshToken")).as("the same successor, not a second live token").isEqualTo(lost);
        assertThat(accounts.field(retriedAgain, "refreshToken")).isEqualTo(lost);
        assertThat(accounts.get("/api/v1/auth/me", bearer(retried)).statusCode()).isEqualTo(200);
        HttpResponse<String> next = accounts.refresh(lost);
        assertThat(next.statusCode()).as("the family lives on").isEqualTo(200);
        assertThat(accounts.refresh(accounts.field(next, "refreshToken")).statusCode()).isEqualTo(200);
    }

    @Test
    void loggingOutRevokesTheRefreshToken() {
        String refresh = accounts.field(accounts.login("coordinator", Accounts.DEMO_PASSWORD), "refreshToken");

        assertThat(accounts.logout(refresh).statusCode()).isEqualTo(204);
        assertThat(accounts.refresh(refresh).statusCode()).isEqualTo(401);
        assertThat(accounts.logout(refresh).statusCode()).as("logging out twice is fine").isEqualTo(204);
    }

    @Test
    void aDisabledUserCanNeitherRefreshNorSignInUntilEnabledAgain() {
        accounts.createFieldOfficer("officer.disabled", "mật khẩu dài đủ", "040");
        String refresh = accounts.field(accounts.login("officer.disabled", "mật khẩu dài đủ"), "refreshToken");

        assertThat(accounts.post("/api/v1/users/officer.disabled/disable", Map.of(), Accounts.ADMIN).statusCode()).isEqualTo(200);

        assertThat(accounts.refresh(refresh).statusCode()).isEqualTo(401);
        HttpResponse<String> login = accounts.login("officer.disabled", "mật khẩu dài đủ");
        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(accounts.field(login, "detail")).contains("disabled");
        accounts.post("/api/v1/users/officer.disabled/enable", Map.of(), Accounts.ADMIN);
        assertThat(accounts.login("officer.disabled", "mật khẩu dài đủ").statusCode()).isEqualTo(200);
    }

    @Test
    void aPasswordResetEndsEverySessionAndOnlyTheNewPasswordWorks() {
        accounts.createFieldOfficer("officer.reset", "old password 1", "040");
        String refresh = accounts.field(accounts.login("officer.reset", "old password 1"), "refreshToken");

        assertThat(accounts.put("/api/v1/users/officer.reset/password", Map.of("password", "new password 2"), Accounts.ADMIN).statusCode())
                .isEqualTo(200);

        assertThat(accounts.refresh(refresh).statusCode()).isEqualTo(401);
        assertThat(accounts.login("officer.reset", "old password 1").statusCode()).isEqualTo(401);
        assertThat(accounts.login("officer.reset", "new password 2").statusCode()).isEqualTo(200);
    }

    @Test
    void aGuesserIsThrottledButTheOfficerStillSignsInFromTheirOwnAddress() {
        accounts.createFieldOfficer("officer.guessed", "the real password", "040");
        Accounts guesser = new Accounts(GatewayHttp.from(gateway.getURI(), "127.0.0.2"), json);
        Accounts officersPhone = new Accounts(GatewayHttp.from(gateway.getURI(), "127.0.0.3"), json);
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.login("officer.guessed", "guess " + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> throttled = guesser.login("officer.guessed", "guess 5");
        HttpResponse<String> evenTheRightPassword = guesser.login("officer.guessed", "the real password");
        HttpResponse<String> officer = officersPhone.login("officer.guessed", "the real password");

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow())).isBetween(890L, 900L);
        assertThat(guesser.field(throttled, "detail")).contains("too many failed logins");
        assertThat(evenTheRightPassword.statusCode()).as("the guesser's address learns nothing more").isEqualTo(429);
        assertThat(officer.statusCode()).as("the officer is not locked out of their own account").isEqualTo(200);
        assertThat(guesser.login("coordinator", Accounts.DEMO_PASSWORD).statusCode()).as("other accounts are not locked").isEqualTo(200);
    }

    @Test
    void aDisabledUsersAccessTokenIsRefusedSoonAfterNotWhenItExpires() {
        accounts.createFieldOfficer("officer.revoked", "mật khẩu dài đủ", "040");
        String before = bearer(accounts.login("officer.revoked", "mật khẩu dài đủ"));
        assertThat(accounts.get("/api/v1/auth/me", before).statusCode()).isEqualTo(200);

        assertThat(accounts.post("/api/v1/users/officer.revoked/disable", Map.of(), Accounts.ADMIN).statusCode()).isEqualTo(200);
        // enabled again and signed in at once: most likely within the very second of the revocation
        accounts.post("/api/v1/users/officer.revoked/enable", Map.of(), Accounts.ADMIN);
        String after = bearer(accounts.login("officer.revoked", "mật khẩu dài đủ"));

        await("the gateway refuses the disabled officer's 15-minute token").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> accounts.get("/api/v1/auth/me", before).statusCode() == 401);
        HttpResponse<String> refused = accounts.get("/api/v1/auth/me", before);
        assertThat(refused.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(accounts.get("/api/v1/auth/me", after).statusCode()).as("the sign-in after being enabled again works").isEqualTo(200);
    }

    @Test
    void publishesOnlyThePublicHalfOfItsKeyAsJwks() {
        for (String path : List.of("/.well-known/jwks.json", "/api/v1/auth/jwks")) {
            HttpResponse<String> jwks = accounts.get(path, null);

            assertThat(jwks.statusCode()).isEqualTo(200);
            assertThat(jwks.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/jwk-set+json");
            assertThat(jwks.body()).contains("\"kid\":\"test-only-2024\"").contains("\"alg\":\"RS256\"").doesNotContain("\"d\"")
                    .doesNotContain("\"p\"");
        }
    }

    private static String claims(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
