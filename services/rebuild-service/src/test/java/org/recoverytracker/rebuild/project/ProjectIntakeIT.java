package org.recoverytracker.rebuild.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.recoverytracker.rebuild.RebuildFixtures.progress;
import static org.recoverytracker.rebuild.RebuildFixtures.projectPath;
import static org.recoverytracker.rebuild.RebuildFixtures.relocation;
import static org.recoverytracker.testkit.HttpAnswer.with;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
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
import org.recoverytracker.contracts.event.CloudEventHeaders;
import org.recoverytracker.rebuild.RebuildIT;
import org.recoverytracker.testkit.HttpAnswer;
import org.recoverytracker.testkit.TopicReader;

@MicronautTest(transactional = false)
class ProjectIntakeIT extends RebuildIT {
    @Test
    void sameProjectRegisteredTwiceIsStoredAndPublishedOnce() {
        UUID projectId = UUID.randomUUID();

        HttpAnswer first = put(projectPath(projectId), relocation());
        HttpAnswer again = put(projectPath(projectId), relocation());

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.etag()).isEqualTo("\"1\"");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body()).contains("\"version\":1").contains(projectId.toString());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(publishedFor(projectId)).hasSize(1));
        ConsumerRecord<String, String> event = publishedFor(projectId).getFirst();
        assertThat(TopicReader.header(event, CloudEventHeaders.TYPE)).isEqualTo("org.recoverytracker.RecoveryProjectRegistered");
        assertThat(TopicReader.header(event, CloudEventHeaders.SOURCE)).isEqualTo("/rebuild-service");
        assertThat(event.value()).contains("\"sector\":\"HOUSING\"").contains("\"budgetVnd\":91000000000")
                .contains("\"responsibleUnit\":{\"code\":\"SXD\"");
    }

    @Test
    void copiesOfOneRegistrationSentAtOnceAreStoredOnceAndNoneFails() throws Exception {
        UUID projectId = UUID.randomUUID();

        List<Future<HttpAnswer>> answers = new ArrayList<>();
        try (ExecutorService phones = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 8; i++) {
                answers.add(phones.submit(() -> put(projectPath(projectId), relocation())));
            }
        }

        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpAnswer> answer : answers) {
            statuses.add(answer.get().status());
        }
        assertThat(statuses).containsOnly(201, 200).containsOnlyOnce(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(typesPublishedFor(projectId))
                .containsExactly("org.recoverytracker.RecoveryProjectRegistered"));
    }

    @Test
    void sameProjectIdWithDifferentContentIsRefusedAsConflict() {
        UUID projectId = UUID.randomUUID();
        put(projectPath(projectId), relocation());

        HttpAnswer conflict = put(projectPath(projectId), with(relocation(), "title", "Một dự án khác"));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).isEqualTo("application/problem+json");
        assertThat(fetch(projectPath(projectId)).body()).contains("Di dời 455 hộ dân").doesNotContain("Một dự án khác");
    }

    @Test
    void amendmentNamingTheCurrentVersionGetsTheNextOneAndAStaleVersionIsRefused() {
        UUID projectId = UUID.randomUUID();
        put(projectPath(projectId), relocation());
        Map<String, Object> rebudgeted = with(relocation(), "budgetVnd", 95_500_000_000L);

        HttpAnswer amended = put(projectPath(projectId), rebudgeted, "\"1\"");
        HttpAnswer retried = put(projectPath(projectId), rebudgeted, "\"1\"");
        HttpAnswer stale = put(projectPath(projectId), with(relocation(), "budgetVnd", 1), "\"1\"");

        assertThat(amended.status()).isEqualTo(200);
        assertThat(amended.etag()).isEqualTo("\"2\"");
        assertThat(retried.body()).isEqualTo(amended.body());
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body()).contains("\"name\":\"If-Match\"");
        assertThat(fetch(projectPath(projectId) + "/versions").body())
                .contains("\"budgetVnd\":91000000000").contains("\"budgetVnd\":95500000000").doesNotContain("\"budgetVnd\":1,");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(typesPublishedFor(projectId)).containsExactly(
                "org.recoverytracker.RecoveryProjectRegistered", "org.recoverytracker.RecoveryProjectAmended"));
    }

    @Test
    void progressIsPublishedUnderTheProjectKeyAndTheLatestAsOfIsListedFirstWhateverTheArrivalOrder() {
        UUID projectId = UUID.randomUUID();
        put(projectPath(projectId), relocation());
        UUID december = UUID.randomUUID();
        UUID november = UUID.randomUUID();

        HttpAnswer newer = put(projectPath(projectId) + "/progress/" + december, progress());
        HttpAnswer lateOlder = put(projectPath(projectId) + "/progress/" + november,
                with(with(progress(), "asOf", "2024-11-15T10:00:00Z"), "completedQuantity", 60));

        assertThat(newer.status()).isEqualTo(201);
        assertThat(lateOlder.status()).isEqualTo(201);
        String listed = fetch(projectPath(projectId) + "/progress").body();
        assertThat(listed.indexOf(december.toString())).isLessThan(listed.indexOf(november.toString()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(typesPublishedFor(projectId)).containsExactly(
                "org.recoverytracker.RecoveryProjectRegistered", "org.recoverytracker.RebuildProgressReported",
                "org.recoverytracker.RebuildProgressReported"));
        assertThat(publishedFor(projectId).get(1).value()).contains("\"completedQuantity\":120").contains(december.toString());
    }

    @Test
    void retriedProgressCountsOnceAndACorrectionNamesTheVersionItReplaces() {
        UUID projectId = UUID.randomUUID();
        put(projectPath(projectId), relocation());
        String update = projectPath(projectId) + "/progress/" + UUID.randomUUID();
        Map<String, Object> corrected = with(progress(), "completedQuantity", 102);

        HttpAnswer first = put(update, progress());
        HttpAnswer retried = put(update, progress());
        HttpAnswer unannounced = put(update, corrected);
        HttpAnswer correction = put(update, corrected, "\"1\"");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(unannounced.status()).isEqualTo(409);
        assertThat(correction.status()).isEqualTo(200);
        assertThat(correction.etag()).isEqualTo("\"2\"");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(publishedFor(projectId))
                .extracting(ConsumerRecord::value)
                .filteredOn(v -> v.contains("completedQuantity"))
                .satisfiesExactly(v -> assertThat(v).contains("\"completedQuantity\":120").contains("\"version\":1"),
                        v -> assertThat(v).contains("\"completedQuantity\":102").contains("\"version\":2")));
    }

    @Test
    void aProgressUpdateCannotMoveToAnotherProject() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        put(projectPath(first), relocation());
        put(projectPath(second), relocation());
        UUID updateId = UUID.randomUUID();
        put(projectPath(first) + "/progress/" + updateId, progress());

        HttpAnswer moved = put(projectPath(second) + "/progress/" + updateId, progress());

        assertThat(moved.status()).isEqualTo(409);
        assertThat(fetch(projectPath(second) + "/progress").body()).isEqualTo("[]");
    }

    @Test
    void projectsAreListedByAreaAndResponsibleUnit() {
        String unit = "HUYEN-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> byDistrict = with(relocation(), "responsibleUnit", Map.of("code", unit, "name", "UBND huyện Nguyên Bình"));
        put(projectPath(UUID.randomUUID()), byDistrict);
        put(projectPath(UUID.randomUUID()), with(byDistrict, "title", "Sửa 40 nhà"));
        put(projectPath(UUID.randomUUID()), relocation());

        HttpAnswer byUnit = fetch("/api/v1/recovery-projects?area=052&unit=" + unit + "&size=1");

        assertThat(byUnit.status()).isEqualTo(200);
        assertThat(byUnit.body()).contains("\"total\":2").contains("\"size\":1").doesNotContain("\"SXD\"");
    }
}
