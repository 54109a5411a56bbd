package org.recoverytracker.damage.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoverytracker.damage.DamageFixtures.declare;
import static org.recoverytracker.damage.DamageFixtures.disasterId;
import static org.recoverytracker.damage.DamageFixtures.report;
import static org.recoverytracker.testkit.HttpAnswer.send;
import static org.recoverytracker.testkit.HttpAnswer.with;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.recoverytracker.damage.DamageFixtures;
import org.recoverytracker.testkit.HttpAnswer;
import org.recoverytracker.testkit.TestStack;
import org.recoverytracker.testkit.TestTokens;

/** The damage service checks tokens, roles, area scope and authorship itself, whoever forwards the request. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DamageReportAccessIT implements TestPropertyProvider {
    private static final String CITY_OFFICER = TestTokens.fieldStaff("officer.city", DamageFixtures.CAO_BANG_CITY);
    private static final String BAO_LAM_OFFICER = TestTokens.fieldStaff("officer.baolam", "042");
    private static final String ADMIN = TestTokens.admin("admin.test");

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return TestStack.get().serviceProperties(getClass(), "damage");
    }

    private HttpAnswer submit(UUID reportId, Map<String, Object> report, String token) {
        return send(client, HttpRequest.PUT("/api/v1/damage-reports/" + reportId, report).bearerAuth(token));
    }

    @Test
    void fieldStaffSubmittingOutsideTheirAreasIsRefusedAndNothingIsStored() {
        String disaster = disasterId();
        declare(client, disaster);
        UUID reportId = UUID.randomUUID();

        HttpAnswer refused = submit(reportId, report(disaster), BAO_LAM_OFFICER);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.body()).contains("\"name\":\"areaCode\"").contains("01267");
        assertThat(send(client, HttpRequest.GET("/api/v1/damage-reports/" + reportId)).status()).isEqualTo(404);
        assertThat(send(client, HttpRequest.GET("/api/v1/audit?entity=" + reportId).bearerAuth(ADMIN)).body()).isEqualTo("[]");
    }

    @Test
    void fieldStaffSubmitForAnyCommuneInsideTheirDistrict() {
        String disaster = disasterId();
        declare(client, disaster);

        assertThat(submit(UUID.randomUUID(), report(disaster), CITY_OFFICER).status()).isEqualTo(201);
        assertThat(submit(UUID.randomUUID(), with(report(disaster), "areaCode", DamageFixtures.SONG_BANG), CITY_OFFICER).status())
                .isEqualTo(201);
    }

    @Test
    void fieldStaffSeeOnlyTheirOwnReportsWhateverTheyAskFor() {
        String disaster = disasterId();
        declare(client, disaster);
        UUID mine = UUID.randomUUID();
        UUID colleagues = UUID.randomUUID();
        submit(mine, report(disaster), CITY_OFFICER);
        submit(colleagues, report(disaster), TestTokens.fieldStaff("officer.colleague", "04"));

        HttpAnswer search = send(client, HttpRequest.GET("/api/v1/damage-reports?disaster=" + disaster + "&submittedBy=officer.colleague")
                .bearerAuth(CITY_OFFICER));
        HttpAnswer theirs = send(client, HttpRequest.GET("/api/v1/damage-reports/" + colleagues).bearerAuth(CITY_OFFICER));
        HttpAnswer amendTheirs = send(client, HttpRequest.PUT("/api/v1/damage-reports/" + colleagues,
                with(report(disaster), "figures", Map.of("DR-P01", 0))).header("If-Match", "\"1\"").bearerAuth(CITY_OFFICER));
        HttpAnswer coordinatorSearch = send(client, HttpRequest.GET("/api/v1/damage-reports?disaster=" + disaster));

        assertThat(search.status()).isEqualTo(200);
        assertThat(search.body()).contains(mine.toString()).doesNotContain(colleagues.toString()).contains("\"total\":1");
        assertThat(theirs.status()).isEqualTo(403);
        assertThat(amendTheirs.status()).isEqualTo(403);
        assertThat(send(client, HttpRequest.GET("/api/v1/damage-reports/" + mine).bearerAuth(CITY_OFFICER)).status()).isEqualTo(200);
        assertThat(coordinatorSearch.body()).contains("\"total\":2");
    }

    @Test
    void onlyCoordinatorsVerifyAndDeclare() {
        String disaster = disasterId();
        declare(client, disaster);
        UUID reportId = UUID.randomUUID();
        submit(reportId, report(disaster), CITY_OFFICER);

        HttpAnswer verifiedByOfficer = send(client, HttpRequest.POST("/api/v1/damage-reports/" + reportId + "/verification",
                Map.of("decision", "VERIFIED")).bearerAuth(CITY_OFFICER));
        HttpAnswer declaredByAdmin = send(client, HttpRequest.POST("/api/v1/disasters", DamageFixtures.disaster(disasterId())).bearerAuth(ADMIN));

        assertThat(verifiedByOfficer.status()).isEqualTo(403);
        assertThat(verifiedByOfficer.contentType()).isEqualTo("application/problem+json");
        assertThat(declaredByAdmin.status()).isEqualTo(403);
        assertThat(send(client, HttpRequest.GET("/api/v1/damage-reports/" + reportId)).body()).contains("\"status\":\"SUBMITTED\"");
    }

    @Test
    void tokensThatAreMissingExpiredForgedOrUnsignedAreRefused() {
        TestTokens.Token coordinator = TestTokens.user("coordinator.test").role(TestTokens.COORDINATOR);
        Map<String, String> refusedTokens = Map.of(
                "expired", coordinator.expired(),
                "signed with another key", coordinator.signWithOtherKey(),
                "alg none", coordinator.unsigned(),
                "no expiry", coordinator.withoutExpiry().sign(),
                "another issuer", coordinator.issuer("someone-else").sign());

        assertThat(send(client, HttpRequest.GET("/api/v1/damage-reports").header("Authorization", "")).status()).isEqualTo(401);
        refusedTokens.forEach((what, token) -> {
            HttpAnswer answer = send(client, HttpRequest.GET("/api/v1/damage-reports").bearerAuth(token));
            assertThat(answer.status()).as(what).isEqualTo(401);
            assertThat(answer.contentType()).as(what).isEqualTo("application/problem+json");
        });
        assertThat(send(client, HttpRequest.GET("/api/v1/damage-reports").bearerAuth(coordinator.sign())).status()).isEqualTo(200);
        assertThat(send(client, HttpRequest.GET("/api/v1/disasters").header("Authorization", "")).status())
                .as("the public page lists disasters without signing in").isEqualTo(200);
    }
}
