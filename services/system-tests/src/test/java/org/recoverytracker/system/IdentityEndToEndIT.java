package org.recoverytracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recoverytracker.testkit.RunningSystem;

/**
 * Issue 6 with tokens the gateway itself mints: accounts an admin creates sign in, and every service honours (or
 * refuses) what their tokens say. Complements {@link AccessMatrixIT}, which uses test-minted tokens.
 */
class IdentityEndToEndIT {
    private static final String PASSWORD = "mật khẩu đủ dài";

    private static String officer(String... areas) {
        String username = Fixtures.fresh("officer");
        Api.Answer created = Api.post("/api/v1/users", Map.of("username", username, "password", PASSWORD, "displayName", "Cán bộ xã",
                "role", "FIELD_STAFF", "areaCodes", List.of(areas)), "Authorization", Fixtures.ADMIN);
        assertThat(created.status()).isEqualTo(201);
        return username;
    }

    private static JsonNode signIn(String username) {
        Api.Answer session = Fixtures.login(username, PASSWORD);
        assertThat(session.status()).as(session.body().toString()).isEqualTo(200);
        return session.body();
    }

    private static String bearer(JsonNode session) {
        return "Bearer " + session.path("accessToken").asText();
    }

    private static List<String> trail(String query) {
        List<String> rows = new ArrayList<>();
        Api.get("/api/v1/audit?" + query, "Authorization", Fixtures.ADMIN).body().path("entries").forEach(e ->
                rows.add(e.path("service").asText() + " " + e.path("user").asText() + " " + e.path("action").asText()));
        return rows;
    }

    @Test
    void fieldStaffSubmittingOutsideTheirAreaAreRefusedByEveryServiceAndNothingIsStored() {
        String baoLam = bearer(signIn(officer("042")));
        UUID report = UUID.randomUUID();
        UUID distribution = UUID.randomUUID();

        Api.Answer refused = Api.put("/api/v1/damage-reports/" + report, Fixtures.report(Fixtures.SONG_HIEN), "Authorization", baoLam);
        Api.Answer refusedDirectly = Api.call("PUT", RunningSystem.get().service("damage-service", "/api/v1/damage-reports/" + report),
                Fixtures.report(Fixtures.SONG_HIEN), baoLam);
        Api.Answer refusedAid = Api.put("/api/v1/distributions/" + distribution, Fixtures.distributionBody(), "Authorization", baoLam);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().path("invalid-params").get(0).path("name").asText()).isEqualTo("areaCode");
        assertThat(refusedDirectly.status()).isEqualTo(403);
        assertThat(refusedAid.status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/damage-reports/" + report).status()).isEqualTo(404);
        assertThat(Api.get("/api/v1/distributions/" + distribution).status()).isEqualTo(404);
        assertThat(trail("entity=" + report)).isEmpty();
        assertThat(trail("entity=" + distribution)).isEmpty();
        assertThat(Api.put("/api/v1/damage-reports/" + report, Fixtures.report("01290"), "Authorization", baoLam).status())
                .as("Pác Miầu is in Bảo Lâm").isEqualTo(201);
    }

    @Test
    void assignmentsReachAcrossThe2025ReformThroughTheLineage() {
        String cityOfficer = bearer(signIn(officer("040")));
        String baoLamCommuneOfficer = bearer(signIn(officer("01290")));
        Map<String, Object> thucPhanAfterTheReform = new HashMap<>(Fixtures.report("01273"));
        thucPhanAfterTheReform.put("asOf", "2025-09-01T02:00:00Z");
        UUID refused = UUID.randomUUID();

        Api.Answer city = Api.put("/api/v1/damage-reports/" + UUID.randomUUID(), thucPhanAfterTheReform, "Authorization", cityOfficer);
        Api.Answer vinhPhongDuringYagi = Api.call("PUT", RunningSystem.get().service("damage-service", "/api/v1/damage-reports/"
                + UUID.randomUUID()), Fixtures.report("01309"), baoLamCommuneOfficer);
        Api.Answer thucPhan = Api.put("/api/v1/damage-reports/" + refused, thucPhanAfterTheReform, "Authorization", baoLamCommuneOfficer);

        assertThat(city.status()).as("Thục Phán was made of the city's wards: %s", city.body()).isEqualTo(201);
        assertThat(vinhPhongDuringYagi.status()).as("Vĩnh Phong went into Xã Bảo Lâm: %s", vinhPhongDuringYagi.body()).isEqualTo(201);
        assertThat(thucPhan.status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/damage-reports/" + refused).status()).isEqualTo(404);
    }

    @Test
    void fieldStaffRecordAidThatArrivedInTheirAreaButRegisterNoPledges() {
        String baoLam = bearer(signIn(officer("042")));
        Map<String, Object> arrivedInTheCity = new HashMap<>(Fixtures.donation(true));
        arrivedInTheCity.put("targetAreaCode", "040");
        Map<String, Object> arrivedInBaoLam = new HashMap<>(arrivedInTheCity);
        arrivedInBaoLam.put("targetAreaCode", "042");
        Map<String, Object> pledgedToBaoLam = new HashMap<>(arrivedInBaoLam);
        pledgedToBaoLam.remove("receivedAt");

        Api.Answer elsewhere = Api.put("/api/v1/donations/" + UUID.randomUUID(), arrivedInTheCity, "Authorization", baoLam);
        Api.Answer pledge = Api.put("/api/v1/donations/" + UUID.randomUUID(), pledgedToBaoLam, "Authorization", baoLam);

        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.body().path("invalid-params").get(0).path("name").asText()).isEqualTo("targetAreaCode");
        assertThat(pledge.status()).isEqualTo(403);
        assertThat(pledge.body().path("invalid-params").get(0).path("name").asText()).isEqualTo("receivedAt");
        assertThat(Api.put("/api/v1/donations/" + UUID.randomUUID(), arrivedInBaoLam, "Authorization", baoLam).status()).isEqualTo(201);
    }

    @Test
    void aDisabledUsersRefreshFailsAndTheyCannotSignInAgain() {
        String username = officer("040");
        JsonNode session = signIn(username);
        Api.Answer refreshed = Api.post("/api/v1/auth/refresh", Map.of("refreshToken", session.path("refreshToken").asText()));
        assertThat(refreshed.status()).isEqualTo(200);

        assertThat(Api.post("/api/v1/users/" + username + "/disable", Map.of(), "Authorization", Fixtures.ADMIN).status()).isEqualTo(200);

        assertThat(Api.post("/api/v1/auth/refresh", Map.of("refreshToken", refreshed.body().path("refreshToken").asText())).status())
                .isEqualTo(401);
        assertThat(Fixtures.login(username, PASSWORD).status()).isEqualTo(403);
    }

    @Test
    void aDisabledOfficersNextWriteIsRefusedByEveryServiceWithinSecondsAndNothingIsStored() {
        String username = officer("040");
        String token = bearer(signIn(username));
        RunningSystem system = RunningSystem.get();
        UUID accepted = UUID.randomUUID();
        assertThat(Api.call("PUT", system.service("damage-service", "/api/v1/damage-reports/" + accepted), Fixtures.report(Fixtures.SONG_HIEN),
                token).status()).isEqualTo(201);

        assertThat(Api.post("/api/v1/users/" + username + "/disable", Map.of(), "Authorization", Fixtures.ADMIN).status()).isEqualTo(200);

        // waiting on reads, so that the wait itself stores nothing; each service decides for itself
        Map<String, String> reads = Map.of("damage-service", "/api/v1/damage-reports", "donation-service", "/api/v1/donations/" + accepted,
                "rebuild-service", "/api/v1/recovery-projects", "aggregation-service", "/api/v1/totals/areas", "gateway", "/api/v1/auth/me");
        reads.forEach((service, path) -> await(service + " refuses the disabled officer's unexpired token")
                .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> Api.call("GET", system.service(service, path), null, token).status() == 401));
        UUID refused = UUID.randomUUID();
        Api.Answer direct = Api.call("PUT", system.service("damage-service", "/api/v1/damage-reports/" + refused),
                Fixtures.report(Fixtures.SONG_HIEN), token);
        Api.Answer throughTheGateway = Api.put("/api/v1/damage-reports/" + refused, Fixtures.report(Fixtures.SONG_HIEN), "Authorization", token);

        assertThat(direct.status()).isEqualTo(401);
        assertThat(direct.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(throughTheGateway.status()).isEqualTo(401);
        assertThat(Api.get("/api/v1/damage-reports/" + refused).status()).as("nothing stored").isEqualTo(404);
        assertThat(trail("entity=" + refused)).isEmpty();
        assertThat(Api.get("/api/v1/damage-reports/" + accepted).status()).as("what was accepted before stays").isEqualTo(200);
    }

    @Test
    void fiveFailedLoginsFromOneAddressThrottleItEvenForTheRightPassword() {
        String username = officer("040");
        for (int i = 1; i <= 5; i++) {
            assertThat(Fixtures.login(username, "guess number " + i).status()).isEqualTo(401);
        }

        Api.Answer throttled = Fixtures.login(username, PASSWORD);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 900L);
    }

    @Test
    void theAuditTrailShowsWhoDidWhatAcrossServices() {
        String username = officer("04");
        String officer = bearer(signIn(username));
        UUID report = UUID.randomUUID();
        assertThat(Api.put("/api/v1/damage-reports/" + report, Fixtures.report(Fixtures.SONG_HIEN), "Authorization", officer).status())
                .isEqualTo(201);
        assertThat(Api.put("/api/v1/distributions/" + UUID.randomUUID(), Fixtures.distributionBody(), "Authorization", officer).status())
                .isEqualTo(201);
        assertThat(Api.post("/api/v1/damage-reports/" + report + "/verification", Map.of("decision", "VERIFIED")).status()).isEqualTo(200);

        assertThat(trail("user=" + username)).containsExactlyInAnyOrder(
                "damage-service " + username + " DamageReportSubmitted", "donation-service " + username + " AidDistributed");
        assertThat(trail("entity=" + report)).containsExactly(
                "damage-service coordinator DamageReportVerified", "damage-service " + username + " DamageReportSubmitted");
        assertThat(trail("entity=user/" + username)).containsExactly("gateway admin UserCreated");
    }
}
