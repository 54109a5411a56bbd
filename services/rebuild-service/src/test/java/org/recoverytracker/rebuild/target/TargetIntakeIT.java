package org.recoverytracker.rebuild.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.recoverytracker.rebuild.RebuildFixtures.NGUYEN_BINH;
import static org.recoverytracker.rebuild.RebuildFixtures.forestProgress;
import static org.recoverytracker.rebuild.RebuildFixtures.forestTarget;
import static org.recoverytracker.rebuild.RebuildFixtures.housingTarget;
import static org.recoverytracker.rebuild.RebuildFixtures.targetPath;
import static org.recoverytracker.testkit.HttpAnswer.with;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.event.CloudEventHeaders;
import org.recoverytracker.rebuild.RebuildIT;
import org.recoverytracker.testkit.HttpAnswer;
import org.recoverytracker.testkit.TestTokens;
import org.recoverytracker.testkit.TopicReader;

@MicronautTest(transactional = false)
class TargetIntakeIT extends RebuildIT {
    /** Nguyên Bình's forest, reported by the district's own officer. */
    private static Map<String, Object> districtForest() {
        return with(forestTarget(), "areaCode", NGUYEN_BINH);
    }

    @Test
    void sameTargetSetTwiceIsStoredAndPublishedOnce() {
        UUID targetId = UUID.randomUUID();

        HttpAnswer first = put(targetPath(targetId), housingTarget());
        HttpAnswer again = put(targetPath(targetId), housingTarget());

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.etag()).isEqualTo("\"1\"");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body()).contains("\"version\":1").contains(targetId.toString());
        assertThat(fetch(targetPath(targetId)).body()).contains("\"nameVi\":\"Xây dựng lại 455 nhà ở\"")
                .contains("\"createdBy\":\"coordinator.test\"");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(publishedFor(targetId)).hasSize(1));
        ConsumerRecord<String, String> event = publishedFor(targetId).getFirst();
        assertThat(TopicReader.header(event, CloudEventHeaders.TYPE)).isEqualTo("org.recoverytracker.RecoveryTargetSet");
        assertThat(TopicReader.header(event, CloudEventHeaders.SOURCE)).isEqualTo("/rebuild-service");
        assertThat(event.value()).contains("\"sector\":\"HOUSING\"").contains("\"method\":\"PROJECT_QUANTITY\"")
                .contains("\"plannedValue\":455").contains("\"setBy\":\"coordinator.test\"");
    }

    @Test
    void sameTargetIdWithDifferentContentIsRefusedAsConflict() {
        UUID targetId = UUID.randomUUID();
        put(targetPath(targetId), housingTarget());

        HttpAnswer conflict = put(targetPath(targetId), with(housingTarget(), "plannedValue", 500));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).isEqualTo("application/problem+json");
        assertThat(fetch(targetPath(targetId)).body()).contains("\"plannedValue\":455");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(typesPublishedFor(targetId))
                .containsExactly("org.recoverytracker.RecoveryTargetSet"));
    }

    @Test
    void amendmentNamingTheCurrentVersionIsPublishedAndAStaleVersionIsRefused() {
        UUID targetId = UUID.randomUUID();
        put(targetPath(targetId), housingTarget());
        Map<String, Object> later = with(housingTarget(), "deadline", "2025-06-30");

        HttpAnswer amended = put(targetPath(targetId), later, "\"1\"");
        HttpAnswer retried = put(targetPath(targetId), later, "\"1\"");
        HttpAnswer stale = put(targetPath(targetId), with(housingTarget(), "plannedValue", 400), "\"1\"");

        assertThat(amended.status()).isEqualTo(200);
        assertThat(amended.etag()).isEqualTo("\"2\"");
        assertThat(retried.body()).isEqualTo(amended.body());
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body()).contains("\"name\":\"If-Match\"");
        assertThat(fetch(targetPath(targetId)).body()).contains("\"deadline\":\"2025-06-30\"").contains("\"plannedValue\":455");
        assertThat(fetch(targetPath(targetId) + "/versions").body())
                .contains("\"deadline\":\"2025-03-31\"").contains("\"deadline\":\"2025-06-30\"").doesNotContain("\"plannedValue\":400");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(typesPublishedFor(targetId)).containsExactly(
                "org.recoverytracker.RecoveryTargetSet", "org.recoverytracker.RecoveryTargetAmended"));
        assertThat(publishedFor(targetId).getLast().value()).contains("\"version\":2").contains("\"replacesVersion\":1")
                .contains("\"deadline\":\"2025-06-30\"");
    }

    @Test
    void reportedTargetTakesProgressOnceAndTheLatestAsOfIsListedFirst() {
        UUID targetId = UUID.randomUUID();
        put(targetPath(targetId), forestTarget());
        UUID january = UUID.randomUUID();
        UUID december = UUID.randomUUID();

        HttpAnswer reported = put(targetPath(targetId) + "/progress/" + january, forestProgress());
        HttpAnswer retried = put(targetPath(targetId) + "/progress/" + january, forestProgress());
        HttpAnswer lateOlder = put(targetPath(targetId) + "/progress/" + december,
                Map.of("asOf", "2024-12-20T09:00:00Z", "achievedValue", 150));

        assertThat(reported.status()).isEqualTo(201);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body()).isEqualTo(reported.body());
        assertThat(lateOlder.status()).isEqualTo(201);
        String listed = fetch(targetPath(targetId) + "/progress").body();
        assertThat(listed).contains("\"achievedValue\":310.25");
        assertThat(listed.indexOf(january.toString())).isLessThan(listed.indexOf(december.toString()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(typesPublishedFor(targetId)).containsExactly(
                "org.recoverytracker.RecoveryTargetSet", "org.recoverytracker.TargetProgressReported",
                "org.recoverytracker.TargetProgressReported"));
        assertThat(publishedFor(targetId).get(1).value()).contains("\"achievedValue\":310.25")
                .contains("\"asOf\":\"2025-01-10T09:00:00Z\"").contains(january.toString());
    }

    @Test
    void targetMeasuredFromProjectsRefusesAHandTypedFigureAndStoresNothing() {
        UUID targetId = UUID.randomUUID();
        put(targetPath(targetId), housingTarget());

        HttpAnswer reply = put(targetPath(targetId) + "/progress/" + UUID.randomUUID(), forestProgress());

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.body()).contains("PROJECT_QUANTITY");
        assertThat(fetch(targetPath(targetId) + "/progress").body()).isEqualTo("[]");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(typesPublishedFor(targetId))
                .containsExactly("org.recoverytracker.RecoveryTargetSet"));
    }

    @Test
    void fieldStaffReportProgressOnlyOnTargetsInsideTheirAreas() {
        UUID targetId = UUID.randomUUID();
        put(targetPath(targetId), districtForest());
        UUID inside = UUID.randomUUID();

        HttpAnswer byDistrictOfficer = putAs(TestTokens.fieldStaff("kiem.lam.nguyen.binh", NGUYEN_BINH),
                targetPath(targetId) + "/progress/" + inside, forestProgress());
        HttpAnswer byCityOfficer = putAs(TestTokens.fieldStaff("can.bo.thanh.pho", "040"),
                targetPath(targetId) + "/progress/" + UUID.randomUUID(), with(forestProgress(), "achievedValue", 999));

        assertThat(byDistrictOfficer.status()).isEqualTo(201);
        assertRefused(byCityOfficer, 403, "targetId");
        String listed = fetch(targetPath(targetId) + "/progress").body();
        assertThat(listed).contains(inside.toString()).contains("\"recordedBy\":\"kiem.lam.nguyen.binh\"").doesNotContain("999");
    }

    @Test
    void fieldStaffCannotSetATarget() {
        UUID targetId = UUID.randomUUID();

        HttpAnswer reply = putAs(TestTokens.fieldStaff("kiem.lam.nguyen.binh", NGUYEN_BINH), targetPath(targetId), districtForest());

        assertThat(reply.status()).isEqualTo(403);
        assertThat(fetch(targetPath(targetId)).status()).isEqualTo(404);
    }

    @Test
    void everyTargetWriteIsAuditedWithWhoDidIt() {
        UUID targetId = UUID.randomUUID();
        put(targetPath(targetId), districtForest());
        putAs(TestTokens.fieldStaff("kiem.lam.nguyen.binh", NGUYEN_BINH), targetPath(targetId) + "/progress/" + UUID.randomUUID(),
                forestProgress());

        HttpAnswer trail = fetchAs(TestTokens.admin("admin.test"), "/api/v1/audit?entity=" + targetId);

        assertThat(trail.status()).isEqualTo(200);
        assertThat(trail.body()).contains("\"action\":\"RecoveryTargetSet\"").contains("\"user\":\"coordinator.test\"")
                .contains("\"action\":\"TargetProgressReported\"").contains("\"user\":\"kiem.lam.nguyen.binh\"");
    }

    @Test
    void targetsAreListedByAreaAndResponsibleUnit() {
        String unit = "UBND-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> byDistrict = with(with(housingTarget(), "areaCode", "048"),
                "responsibleUnit", Map.of("code", unit, "name", "UBND huyện"));
        put(targetPath(UUID.randomUUID()), byDistrict);
        put(targetPath(UUID.randomUUID()), with(byDistrict, "nameEn", "Rebuild 40 houses"));
        put(targetPath(UUID.randomUUID()), with(housingTarget(), "areaCode", "048"));

        HttpAnswer listed = fetch("/api/v1/recovery-targets?area=048&unit=" + unit + "&size=1");

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains("\"total\":2").contains("\"size\":1").contains("\"areaCode\":\"048\"")
                .doesNotContain("\"SXD\"");
    }
}
