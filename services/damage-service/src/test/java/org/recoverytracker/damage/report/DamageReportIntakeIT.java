package org.recoverytracker.damage.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.event.CloudEventHeaders;
import org.recoverytracker.intake.outbox.OutboxRelay;
import org.recoverytracker.testkit.HttpAnswer;
import org.recoverytracker.testkit.TestStack;
import org.recoverytracker.testkit.TopicReader;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DamageReportIntakeIT implements TestPropertyProvider {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    OutboxRelay relay;

    @Override
    public Map<String, String> getProperties() {
        return TestStack.get().serviceProperties(getClass(), "damage");
    }

    private List<ConsumerRecord<String, String>> publishedFor(UUID reportId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> relay.backlog() == 0);
        return TopicReader.byKey(Topics.DAMAGE_REPORTS, reportId.toString());
    }

    @Test
    void sameReportSubmittedTwiceIsStoredAndPublishedOnce() {
        String disaster = disasterId();
        declare(client, disaster);
        UUID reportId = UUID.randomUUID();

        HttpAnswer first = send(client, HttpRequest.PUT("/api/v1/damage-reports/" + reportId, report(disaster)));
        HttpAnswer again = send(client, HttpRequest.PUT("/api/v1/damage-reports/" + reportId, report(disaster)));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body()).contains("\"version\":1").contains("\"status\":\"SUBMITTED\"");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(publishedFor(reportId)).hasSize(1));
        ConsumerRecord<String, String> event = publishedFor(reportId).getFirst();
        assertThat(TopicReader.header(event, CloudEventHeaders.TYPE)).isEqualTo("org.recoverytracker.DamageReportSubmitted");
        assertThat(TopicReader.header(event, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(TopicReader.header(event, CloudEventHeaders.SOURCE)).isEqualTo("/damage-service");
        assertThat(event.value()).contains("\"DR-P01\":3").contains(reportId.toString());
    }

    @Test
    void copiesOfOneSubmissionSentAtOnceAreStoredOnceAndNoneFails() throws Exception {
        String disaster = disasterId();
        declare(client, disaster);
        UUID reportId = UUID.randomUUID();

        List<Future<HttpAnswer>> answers = new ArrayList<>();
        try (ExecutorService phones = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 8; i++) {
                answers.add(phones.submit(() -> send(client, HttpRequest.PUT("/api/v1/damage-reports/" + reportId, report(disaster)))));
            }
        }

        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpAnswer> answer : answers) {
            statuses.add(answer.get().status());
        }
        assertThat(statuses).containsOnly(201, 200).containsOnlyOnce(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(publishedFor(reportId)).hasSize(1));
    }

    @Test
    void sameIdWithDifferentContentIsRefusedAsConflict() {
        String disaster = disasterId();
        declare(client, disaster);
        UUID reportId = UUID.randomUUID();
        send(client, HttpRequest.PUT("/api/v1/damage-reports/" + reportId, report(disaster)));

        HttpAnswer conflict = send(client, HttpRequest.PUT("/api/v1/damage-reports/" + reportId,
                with(report(disaster), "figures", Map.of("DR-P01", 4))));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).isEqualTo("application/problem+json");
        assertThat(send(client, HttpRequest.GET("/api/v1/damage-reports/" + reportId)).body()).contains("\"DR-P01\":3");
    }

    @Test
    void amendmentNamingTheCurrentVersionGetsTheNextOneAndAStaleVersionIsRefused() {
        String disaster = disasterId();
        declare(client, disaster);
        UUID reportId = UUID.randomUUID();
        send(client, HttpRequest.PUT("/api/v1/damage-reports/" + reportId, report(disaster)));
        Map<String, Object> missingFoundDead = with(report(disaster), "figures", Map.of("DR-P01", 4, "DR-P02", 1));

        HttpAnswer amended = send(client, HttpRequest.PUT("/api/v1/damage-reports/" + reportId, missingFoundDead).header("If-Match", "\"1\""));
        HttpAnswer retried = send(client, HttpRequest.PUT("/api/v1/damage-reports/" + reportId, missingFoundDead).header("If-Match", "\"1\""));
        HttpAnswer stale = send(client, HttpRequest.PUT("/api/v1/damage-reports/" + reportId,
                with(report(disaster), "figures", Map.of("DR-P01", 9))).header("If-Match", "\"1\""));

        assertThat(amended.status()).isEqualTo(200);
        assertThat(amended.body()).contains("\"version\":2");
        assertThat(amended.etag()).isEqualTo("\"2\"");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body()).isEqualTo(amended.body());
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body()).contains("If-Match");
        HttpAnswer versions = send(client, HttpRequest.GET("/api/v1/damage-reports/" + reportId + "/versions"));
        assertThat(versions.body()).contains("\"change\":\"SUBMITTED\"").contains("\"change\":\"AMENDED\"").doesNotContain("\"DR-P01\":9");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(publishedFor(reportId))
                .extracting(r -> TopicReader.header(r, CloudEventHeaders.TYPE))
                .containsExactly("org.recoverytracker.DamageReportSubmitted", "org.recoverytracker.DamageReportAmended"));
    }

    @Test
    void rejectionNeedsAReasonAndIsPublished() {
        String disaster = disasterId();
        declare(client, disaster);
        UUID reportId = UUID.randomUUID();
        send(client, HttpRequest.PUT("/api/v1/damage-reports/" + reportId, report(disaster)));

        HttpAnswer noReason = send(client, HttpRequest.POST("/api/v1/damage-reports/" + reportId + "/verification",
                Map.of("decision", "REJECTED")));
        HttpAnswer rejected = send(client, HttpRequest.POST("/api/v1/damage-reports/" + reportId + "/verification",
                Map.of("decision", "REJECTED", "reason", "Trùng với báo cáo của xã")));

        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("\"name\":\"reason\"");
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body()).contains("\"status\":\"REJECTED\"").contains("\"version\":2");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(publishedFor(reportId))
                .extracting(r -> TopicReader.header(r, CloudEventHeaders.TYPE))
                .containsExactly("org.recoverytracker.DamageReportSubmitted", "org.recoverytracker.DamageReportRejected"));
    }

    @Test
    void aDecisionMadeOnAnOlderVersionIsRefusedAndDoesNotUndoTheAmendment() {
        String disaster = disasterId();
        declare(client, disaster);
        UUID reportId = UUID.randomUUID();
        Map<String, Object> report = report(disaster);
        send(client, HttpRequest.PUT("/api/v1/damage-reports/" + reportId, report));
        Map<String, Object> rejection = Map.of("decision", "REJECTED", "reason", "Số liệu chưa đối chiếu");
        send(client, HttpRequest.POST("/api/v1/damage-reports/" + reportId + "/verification", rejection).header("If-Match", "\"1\""));
        Map<String, Object> corrected = new java.util.HashMap<>(report);
        corrected.put("figures", Map.of("DR-P01", 4));
        send(client, HttpRequest.PUT("/api/v1/damage-reports/" + reportId, corrected).header("If-Match", "\"2\""));

        // the first rejection's retry, delayed in the network, arrives after the amendment
        HttpAnswer late = send(client, HttpRequest.POST("/api/v1/damage-reports/" + reportId + "/verification", rejection)
                .header("If-Match", "\"1\""));

        assertThat(late.status()).isEqualTo(412);
        HttpAnswer current = send(client, HttpRequest.GET("/api/v1/damage-reports/" + reportId));
        assertThat(current.body()).contains("\"version\":3").contains("\"status\":\"SUBMITTED\"");
    }

    @Test
    void reportsAreListedByDisasterAndArea() {
        String disaster = disasterId();
        declare(client, disaster);
        for (int i = 0; i < 3; i++) {
            send(client, HttpRequest.PUT("/api/v1/damage-reports/" + UUID.randomUUID(), report(disaster)));
        }

        HttpAnswer page = send(client, HttpRequest.GET("/api/v1/damage-reports?disaster=" + disaster + "&area=01267&size=2"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("\"total\":3").contains("\"size\":2");
    }

    @Test
    void submissionWhileTheBrokerIsDownIsAcceptedAndPublishedOnceItIsBack() {
        String disaster = disasterId();
        declare(client, disaster);
        UUID reportId = UUID.randomUUID();
        TestStack.get().stopKafka();
        try {
            HttpAnswer accepted = send(client, HttpRequest.PUT("/api/v1/damage-reports/" + reportId, report(disaster)));
            assertThat(accepted.status()).isEqualTo(201);
            assertThat(send(client, HttpRequest.GET("/api/v1/damage-reports/" + reportId)).status()).isEqualTo(200);
        } finally {
            TestStack.get().startKafka();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(publishedFor(reportId)).hasSize(1));
    }
}
