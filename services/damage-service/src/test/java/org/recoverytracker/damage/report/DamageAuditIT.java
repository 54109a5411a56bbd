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
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.recoverytracker.damage.DamageFixtures;
import org.recoverytracker.testkit.HttpAnswer;
import org.recoverytracker.testkit.TestStack;
import org.recoverytracker.testkit.TestTokens;

/** Every write leaves one audit row naming the authenticated user; a refused write leaves none. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DamageAuditIT implements TestPropertyProvider {
    private static final String OFFICER = TestTokens.fieldStaff("officer.audit", "04");
    private static final String ADMIN = TestTokens.admin("admin.audit");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ObjectMapper json;

    @Override
    public Map<String, String> getProperties() {
        return TestStack.get().serviceProperties(getClass(), "damage");
    }

    private List<String> trail(String query) throws IOException {
        HttpAnswer answer = send(client, HttpRequest.GET("/api/v1/audit?" + query).bearerAuth(ADMIN));
        assertThat(answer.status()).isEqualTo(200);
        List<String> rows = new ArrayList<>();
        for (JsonNode entry : json.readValue(answer.body(), JsonNode.class).values()) {
            rows.add(entry.get("user").getStringValue() + " " + entry.get("action").getStringValue() + " v" + entry.get("version").getIntValue()
                    + " @" + entry.get("service").getStringValue());
        }
        return rows;
    }

    @Test
    void submissionAndDecisionAreAuditedUnderTheirOwnUsersNewestFirst() throws IOException {
        String disaster = disasterId();
        declare(client, disaster);
        UUID reportId = UUID.randomUUID();
        send(client, HttpRequest.PUT("/api/v1/damage-reports/" + reportId, report(disaster)).bearerAuth(OFFICER));
        send(client, HttpRequest.PUT("/api/v1/damage-reports/" + reportId, report(disaster)).bearerAuth(OFFICER));
        send(client, HttpRequest.POST("/api/v1/damage-reports/" + reportId + "/verification", Map.of("decision", "VERIFIED")));

        assertThat(trail("entity=" + reportId)).containsExactly(
                "coordinator.test DamageReportVerified v2 @damage-service",
                "officer.audit DamageReportSubmitted v1 @damage-service");
        assertThat(trail("entity=" + disaster)).containsExactly("coordinator.test DisasterDeclared v1 @damage-service");
        assertThat(trail("user=officer.audit")).containsExactly("officer.audit DamageReportSubmitted v1 @damage-service");
    }

    @Test
    void aRefusedWriteLeavesNoAuditRow() throws IOException {
        String disaster = disasterId();
        declare(client, disaster);
        UUID reportId = UUID.randomUUID();
        send(client, HttpRequest.PUT("/api/v1/damage-reports/" + reportId, report(disaster)).bearerAuth(OFFICER));

        int conflict = send(client, HttpRequest.PUT("/api/v1/damage-reports/" + reportId,
                with(report(disaster), "figures", Map.of("DR-P01", 40))).bearerAuth(OFFICER)).status();

        assertThat(conflict).isEqualTo(409);
        assertThat(trail("entity=" + reportId)).hasSize(1);
    }

    @Test
    void onlyAdminsReadTheTrail() {
        assertThat(send(client, HttpRequest.GET("/api/v1/audit")).status()).isEqualTo(403);
        assertThat(send(client, HttpRequest.GET("/api/v1/audit").bearerAuth(OFFICER)).status()).isEqualTo(403);
        assertThat(send(client, HttpRequest.GET("/api/v1/audit?from=yesterday").bearerAuth(ADMIN)).body()).contains("\"name\":\"from\"");
    }
}
