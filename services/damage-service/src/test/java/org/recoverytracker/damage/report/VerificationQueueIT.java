package org.recoverytracker.damage.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoverytracker.damage.DamageFixtures.SONG_BANG;
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

/**
 * The coordinators' verification queue: reports awaiting a decision, oldest first, filtered and paged, each with the
 * report it would replace (the previous one for the same disaster, area and source).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerificationQueueIT implements TestPropertyProvider {
    private static final String CITY_OFFICER = TestTokens.fieldStaff("officer.city", DamageFixtures.CAO_BANG_CITY);
    private static final String COLLEAGUE = TestTokens.fieldStaff("officer.colleague", DamageFixtures.CAO_BANG_CITY);

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return TestStack.get().serviceProperties(getClass(), "damage");
    }

    private String yagi() {
        String disaster = disasterId();
        declare(client, disaster);
        return disaster;
    }

    private UUID submit(Map<String, Object> report) {
        return submit(report, HttpAnswer.COORDINATOR);
    }

    private UUID submit(Map<String, Object> report, String token) {
        UUID id = UUID.randomUUID();
        assertThat(send(client, HttpRequest.PUT("/api/v1/damage-reports/" + id, report).bearerAuth(token)).status()).isEqualTo(201);
        return id;
    }

    private void decide(UUID reportId, String decision) {
        Map<String, Object> body = decision.equals("REJECTED") ? Map.of("decision", decision, "reason", "Trùng báo cáo")
                : Map.of("decision", decision);
        assertThat(send(client, HttpRequest.POST("/api/v1/damage-reports/" + reportId + "/verification", body)).status())
                .isEqualTo(200);
    }

    private JsonNode list(String query) {
        HttpAnswer answer = send(client, HttpRequest.GET("/api/v1/damage-reports?" + query));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return json(answer.body());
    }

    private static List<UUID> ids(JsonNode page) {
        List<UUID> ids = new ArrayList<>();
        page.get("items").values().forEach(item -> ids.add(UUID.fromString(item.get("reportId").getStringValue())));
        return ids;
    }

    @Test
    void theQueueListsReportsAwaitingADecisionOldestFirst() {
        String disaster = yagi();
        UUID first = submit(report(disaster));
        UUID second = submit(report(disaster));
        UUID third = submit(report(disaster));
        decide(second, "VERIFIED");

        JsonNode queue = list("disasterId=" + disaster + "&status=SUBMITTED");

        assertThat(ids(queue)).containsExactly(first, third);
        assertThat(queue.get("total").getLongValue()).isEqualTo(2);
        assertThat(ids(list("disasterId=" + disaster + "&status=SUBMITTED,VERIFIED"))).containsExactly(first, second, third);
        assertThat(ids(list("disasterId=" + disaster + "&status=verified&status=REJECTED"))).containsExactly(second);
        assertThat(ids(list("disasterId=" + disaster))).as("without a status, newest first as before").containsExactly(third, second, first);
        assertThat(ids(list("disasterId=" + disaster + "&order=oldest"))).containsExactly(first, second, third);
    }

    @Test
    void aRejectedReportLeavesTheQueueAndAnAmendedOneComesBack() {
        String disaster = yagi();
        UUID report = submit(report(disaster));
        decide(report, "REJECTED");

        assertThat(ids(list("disasterId=" + disaster + "&status=SUBMITTED"))).isEmpty();
        assertThat(ids(list("disasterId=" + disaster + "&status=REJECTED"))).containsExactly(report);
        send(client, HttpRequest.PUT("/api/v1/damage-reports/" + report, with(report(disaster), "figures", Map.of("DR-P01", 4)))
                .header("If-Match", "\"2\""));
        assertThat(ids(list("disasterId=" + disaster + "&status=SUBMITTED"))).containsExactly(report);
    }

    @Test
    void areaCodeNarrowsTheQueueToOneArea() {
        String disaster = yagi();
        submit(report(disaster));
        UUID bang = submit(with(report(disaster), "areaCode", SONG_BANG));

        assertThat(ids(list("disasterId=" + disaster + "&areaCode=" + SONG_BANG + "&status=SUBMITTED"))).containsExactly(bang);
        assertThat(ids(list("disaster=" + disaster + "&area=" + SONG_BANG))).as("the older names").containsExactly(bang);
    }

    @Test
    void theQueueIsPagedByLimitAndOffset() {
        String disaster = yagi();
        List<UUID> reports = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            reports.add(submit(report(disaster)));
        }

        JsonNode window = list("disasterId=" + disaster + "&status=SUBMITTED&limit=2&offset=2");

        assertThat(ids(window)).containsExactly(reports.get(2), reports.get(3));
        assertThat(window.get("total").getLongValue()).isEqualTo(5);
        assertThat(window.get("limit").getIntValue()).isEqualTo(2);
        assertThat(window.get("offset").getLongValue()).isEqualTo(2);
        assertThat(list("disasterId=" + disaster + "&status=SUBMITTED").get("limit").getIntValue()).as("default").isEqualTo(100);
        for (String bad : List.of("limit=0", "limit=501", "offset=-1")) {
            HttpAnswer refused = send(client, HttpRequest.GET("/api/v1/damage-reports?disasterId=" + disaster + "&" + bad));
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
            assertThat(refused.body()).as(bad).contains("\"name\":\"" + bad.substring(0, bad.indexOf('=')) + "\"");
        }
    }

    @Test
    void anUnknownStatusIsAProblemNamingStatus() {
        HttpAnswer refused = send(client, HttpRequest.GET("/api/v1/damage-reports?status=SUBMITTED,PENDING"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.body()).contains("\"name\":\"status\"").contains("PENDING");
    }

    @Test
    void previousIsTheEarlierReportOfTheSameAreaAndSourceThatStillStands() {
        String disaster = yagi();
        UUID earliest = submit(report(disaster));
        UUID earlier = submit(report(disaster));
        UUID rejected = submit(report(disaster));
        decide(rejected, "REJECTED");
        submit(with(report(disaster), "source", "ORG"));
        submit(with(report(disaster), "areaCode", SONG_BANG));
        submit(report(yagi()));
        UUID latest = submit(with(report(disaster), "figures", Map.of("DR-P01", 5)));

        HttpAnswer previous = send(client, HttpRequest.GET("/api/v1/damage-reports/" + latest + "/previous"));

        assertThat(previous.status()).isEqualTo(200);
        JsonNode report = json(previous.body());
        assertThat(report.get("reportId").getStringValue()).isEqualTo(earlier.toString());
        assertThat(report.get("content").get("figures").get("DR-P01").getIntValue()).isEqualTo(3);
        assertThat(previousOf(earlier)).isEqualTo(earliest);
        HttpAnswer none = send(client, HttpRequest.GET("/api/v1/damage-reports/" + earliest + "/previous"));
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.contentType()).isEqualTo("application/problem+json");
        assertThat(send(client, HttpRequest.GET("/api/v1/damage-reports/" + UUID.randomUUID() + "/previous")).status())
                .isEqualTo(404);
    }

    @Test
    void aReportSyncedLateIsComparedWithTheOneItReplacesNotWithANewerOne() {
        String disaster = yagi();
        UUID morning = submit(with(report(disaster), "asOf", "2024-09-12T01:00:00Z"));
        UUID nextDay = submit(with(report(disaster), "asOf", "2024-09-13T01:00:00Z"));
        UUID noonSyncedLate = submit(with(report(disaster), "asOf", "2024-09-12T05:30:00Z"));

        assertThat(previousOf(noonSyncedLate)).isEqualTo(morning);
        assertThat(previousOf(nextDay)).as("the late report now stands between them").isEqualTo(noonSyncedLate);
    }

    private UUID previousOf(UUID report) {
        HttpAnswer previous = send(client, HttpRequest.GET("/api/v1/damage-reports/" + report + "/previous"));
        assertThat(previous.status()).as(previous.body()).isEqualTo(200);
        return UUID.fromString(json(previous.body()).get("reportId").getStringValue());
    }

    @Test
    void fieldStaffCompareOnlyWithTheirOwnReports() {
        String disaster = yagi();
        UUID colleagues = submit(report(disaster), COLLEAGUE);
        UUID mine = submit(report(disaster), CITY_OFFICER);

        HttpAnswer asOfficer = send(client, HttpRequest.GET("/api/v1/damage-reports/" + mine + "/previous").bearerAuth(CITY_OFFICER));
        HttpAnswer theirs = send(client, HttpRequest.GET("/api/v1/damage-reports/" + colleagues + "/previous").bearerAuth(CITY_OFFICER));
        HttpAnswer asCoordinator = send(client, HttpRequest.GET("/api/v1/damage-reports/" + mine + "/previous"));

        assertThat(asOfficer.status()).as("a colleague's report is not shown to field staff").isEqualTo(404);
        assertThat(theirs.status()).isEqualTo(403);
        assertThat(asCoordinator.status()).isEqualTo(200);
        assertThat(asCoordinator.body()).contains(colleagues.toString());
        assertThat(ids(json(send(client, HttpRequest.GET("/api/v1/damage-reports?disasterId=" + disaster + "&status=SUBMITTED")
                .bearerAuth(CITY_OFFICER)).body()))).as("field staff's queue holds their own").containsExactly(mine);
    }

    private static JsonNode json(String text) {
        try {
            return ObjectMapper.getDefault().readValue(text, JsonNode.class);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
