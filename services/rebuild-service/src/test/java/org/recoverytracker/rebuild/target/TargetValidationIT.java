package org.recoverytracker.rebuild.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoverytracker.rebuild.RebuildFixtures.NGUYEN_BINH;
import static org.recoverytracker.rebuild.RebuildFixtures.forestProgress;
import static org.recoverytracker.rebuild.RebuildFixtures.forestTarget;
import static org.recoverytracker.rebuild.RebuildFixtures.housingTarget;
import static org.recoverytracker.rebuild.RebuildFixtures.targetPath;
import static org.recoverytracker.testkit.HttpAnswer.with;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recoverytracker.rebuild.RebuildIT;
import org.recoverytracker.testkit.HttpAnswer;

/** Every rule the README lists for targets and their progress, refused as problem+json naming the field, nothing stored. */
@MicronautTest(transactional = false)
class TargetValidationIT extends RebuildIT {
    private final UUID forestId = UUID.randomUUID();

    @BeforeAll
    void setAReportedTarget() {
        assertThat(put(targetPath(forestId), forestTarget()).status()).isEqualTo(201);
    }

    private HttpAnswer assertTargetRefused(Object body, int status, String... fields) {
        UUID refusedId = UUID.randomUUID();
        HttpAnswer reply = put(targetPath(refusedId), body);
        assertRefused(reply, status, fields);
        assertThat(fetch(targetPath(refusedId)).status()).isEqualTo(404);
        return reply;
    }

    private void assertProgressRefused(Object body, int status, String field) {
        assertRefused(put(targetPath(forestId) + "/progress/" + UUID.randomUUID(), body), status, field);
        assertThat(fetch(targetPath(forestId) + "/progress").body()).isEqualTo("[]");
    }

    private static Map<String, Object> withMilestones(List<Map<String, Object>> milestones) {
        return with(housingTarget(), "milestones", milestones);
    }

    @Test
    void districtCodeAfterTheDistrictsWereAbolishedIsRefused() {
        Map<String, Object> afterReform = with(with(with(housingTarget(), "areaCode", NGUYEN_BINH), "startDate", "2025-08-01"),
                "deadline", "2025-12-31");
        assertTargetRefused(with(afterReform, "milestones", null), 422, "areaCode");
    }

    @Test
    void deadlineOnOrBeforeTheStartIsRefused() {
        assertTargetRefused(with(housingTarget(), "deadline", "2024-09-01"), 422, "deadline");
        assertTargetRefused(with(with(housingTarget(), "deadline", "2024-10-01"), "milestones", null), 422, "deadline");
    }

    @Test
    void plannedValueMustBePositive() {
        assertTargetRefused(with(with(housingTarget(), "plannedValue", 0), "milestones", null), 422, "plannedValue");
    }

    @Test
    void halfAHouseIsNotAPlannedValueButHalfAHectareIs() {
        assertTargetRefused(with(housingTarget(), "plannedValue", 455.5), 422, "plannedValue");
        assertThat(put(targetPath(UUID.randomUUID()), with(forestTarget(), "plannedValue", 1200.5)).status()).isEqualTo(201);
    }

    @Test
    void unknownMeasureIsRefusedNamingTheMethods() {
        HttpAnswer reply = assertTargetRefused(with(housingTarget(), "measure", Map.of("method", "GUESSED")), 422, "measure.method");
        assertThat(reply.body()).contains("REPORTED");
    }

    @Test
    void summingProjectsNeedsTheirSector() {
        assertTargetRefused(with(housingTarget(), "measure", Map.of("method", "PROJECT_QUANTITY")), 422, "measure.sector");
    }

    @Test
    void unknownSectorIsRefusedAndAnyLetterCaseIsAccepted() {
        assertTargetRefused(with(housingTarget(), "measure", Map.of("method", "PROJECT_QUANTITY", "sector", "roads")), 422,
                "measure.sector");
        assertThat(put(targetPath(UUID.randomUUID()), with(housingTarget(), "measure",
                Map.of("method", "project_quantity", "sector", "Housing", "kind", "house-relocation"))).status()).isEqualTo(201);
    }

    @Test
    void kindMustBeASlug() {
        assertTargetRefused(with(housingTarget(), "measure", Map.of("method", "PROJECT_QUANTITY", "sector", "housing",
                "kind", "House Relocation")), 400, "measure.kind");
    }

    @Test
    void disbursementRatioIsInPercentUpToAHundred() {
        Map<String, Object> ratio = with(with(housingTarget(), "measure", Map.of("method", "DISBURSEMENT_RATIO")), "milestones", null);
        assertTargetRefused(ratio, 422, "unit");
        assertTargetRefused(with(with(ratio, "unit", "%"), "plannedValue", 120), 422, "plannedValue");
        assertThat(put(targetPath(UUID.randomUUID()), with(with(ratio, "unit", "%"), "plannedValue", 95.5)).status()).isEqualTo(201);
    }

    @Test
    void milestonesOutOfDateOrderAreRefused() {
        assertTargetRefused(withMilestones(List.of(Map.of("date", "2025-02-28", "value", 300),
                Map.of("date", "2025-01-31", "value", 350))), 422, "milestones[1].date");
    }

    @Test
    void milestoneOutsideTheScheduleIsRefused() {
        assertTargetRefused(withMilestones(List.of(Map.of("date", "2025-03-31", "value", 300))), 422, "milestones[0].date");
        assertTargetRefused(withMilestones(List.of(Map.of("date", "2024-10-01", "value", 0))), 422, "milestones[0].date");
    }

    @Test
    void milestoneValuesNeverFallNorExceedThePlan() {
        assertTargetRefused(withMilestones(List.of(Map.of("date", "2024-12-31", "value", 200),
                Map.of("date", "2025-01-31", "value", 150))), 422, "milestones[1].value");
        assertTargetRefused(withMilestones(List.of(Map.of("date", "2025-01-31", "value", 456))), 422, "milestones[0].value");
    }

    @Test
    void milestoneWithoutADateIsRefusedNamingIt() {
        assertTargetRefused(withMilestones(List.of(Map.of("date", "2025-01-31", "value", 200), Map.of("value", 300))), 400,
                "milestones[1].date");
    }

    @Test
    void malformedDisasterIdIsRefused() {
        assertTargetRefused(with(housingTarget(), "disasterId", "Bão Yagi"), 400, "disasterId");
    }

    @Test
    void targetWithoutAVietnameseNameIsRefused() {
        assertTargetRefused(with(housingTarget(), "nameVi", null), 400, "nameVi");
    }

    @Test
    void responsibleUnitNeedsAShortCode() {
        assertTargetRefused(with(housingTarget(), "responsibleUnit", Map.of("code", "Sở Xây dựng", "name", "Sở Xây dựng")), 400,
                "responsibleUnit.code");
    }

    @Test
    void misspeltFieldIsRefused() {
        HttpAnswer reply = assertTargetRefused(with(housingTarget(), "planedValue", 455), 400);
        assertThat(reply.body()).contains("planedValue");
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        Map<String, Object> broken = with(with(housingTarget(), "areaCode", "99999"), "deadline", "2024-09-01");
        assertTargetRefused(with(broken, "measure", Map.of("method", "PROJECT_QUANTITY")), 422, "areaCode", "deadline",
                "measure.sector");
    }

    @Test
    void progressFromTheFutureIsRefused() {
        assertProgressRefused(with(forestProgress(), "asOf", Instant.now().plus(1, ChronoUnit.HOURS).toString()), 422, "asOf");
    }

    @Test
    void negativeAchievementIsRefused() {
        assertProgressRefused(with(forestProgress(), "achievedValue", -1), 422, "achievedValue");
    }

    @Test
    void progressWithoutAnAchievedValueIsRefused() {
        assertProgressRefused(with(forestProgress(), "achievedValue", null), 400, "achievedValue");
    }

    @Test
    void progressOfATargetNeverSetIsNotFound() {
        HttpAnswer reply = put(targetPath(UUID.randomUUID()) + "/progress/" + UUID.randomUUID(), forestProgress());
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
    }
}
