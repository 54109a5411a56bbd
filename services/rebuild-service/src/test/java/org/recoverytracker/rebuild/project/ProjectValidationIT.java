package org.recoverytracker.rebuild.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoverytracker.rebuild.RebuildFixtures.progress;
import static org.recoverytracker.rebuild.RebuildFixtures.projectPath;
import static org.recoverytracker.rebuild.RebuildFixtures.relocation;
import static org.recoverytracker.testkit.HttpAnswer.with;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recoverytracker.rebuild.RebuildIT;
import org.recoverytracker.testkit.HttpAnswer;

/** Every refusal of a project or progress update is problem+json naming the field, and leaves nothing behind. */
@MicronautTest(transactional = false)
class ProjectValidationIT extends RebuildIT {
    private final UUID projectId = UUID.randomUUID();

    @BeforeAll
    void registerAProject() {
        assertThat(put(projectPath(projectId), relocation()).status()).isEqualTo(201);
    }

    private HttpAnswer assertProjectRefused(Object body, int status, String... fields) {
        UUID refusedId = UUID.randomUUID();
        HttpAnswer reply = put(projectPath(refusedId), body);
        assertRefused(reply, status, fields);
        assertThat(fetch(projectPath(refusedId)).status()).isEqualTo(404);
        return reply;
    }

    private void assertProgressRefused(Object body, int status, String field) {
        assertRefused(put(projectPath(projectId) + "/progress/" + UUID.randomUUID(), body), status, field);
        assertThat(fetch(projectPath(projectId) + "/progress").body()).isEqualTo("[]");
    }

    @Test
    void projectEndingBeforeItStartsIsRefused() {
        assertProjectRefused(with(relocation(), "plannedEnd", "2024-09-30"), 422, "plannedEnd");
    }

    @Test
    void unknownSectorIsRefusedNamingTheSectors() {
        HttpAnswer reply = assertProjectRefused(with(relocation(), "sector", "roads"), 422, "sector");
        assertThat(reply.body()).contains("TRANSPORT");
    }

    @Test
    void districtCodeAfterTheDistrictsWereAbolishedIsRefused() {
        Map<String, Object> afterReform = with(with(relocation(), "plannedStart", "2025-08-01"), "plannedEnd", "2025-12-31");
        assertProjectRefused(afterReform, 422, "areaCode");
    }

    @Test
    void halfAHouseIsNotATarget() {
        assertProjectRefused(with(relocation(), "target", Map.of("quantity", 455.5, "unit", "house")), 422, "target.quantity");
    }

    @Test
    void halfAKilometreOfRoadIsATarget() {
        Map<String, Object> road = with(with(relocation(), "sector", "TRANSPORT"), "target", Map.of("quantity", 12.5, "unit", "km"));
        assertThat(put(projectPath(UUID.randomUUID()), road).status()).isEqualTo(201);
    }

    @Test
    void budgetWithAFractionOfADongIsRefused() {
        assertProjectRefused(with(relocation(), "budgetVnd", 1000.5), 422, "budgetVnd");
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        Map<String, Object> broken = with(with(relocation(), "sector", "roads"), "budgetVnd", -1);
        assertProjectRefused(with(broken, "areaCode", "99999"), 422, "sector", "budgetVnd", "areaCode");
    }

    @Test
    void projectWithoutAResponsibleUnitIsRefused() {
        assertProjectRefused(with(relocation(), "responsibleUnit", null), 400, "responsibleUnit");
    }

    @Test
    void misspeltFieldIsRefused() {
        HttpAnswer reply = put(projectPath(UUID.randomUUID()), with(relocation(), "budgetVND", 1));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.body()).contains("budgetVND");
    }

    @Test
    void negativeCompletedQuantityIsRefused() {
        assertProgressRefused(with(progress(), "completedQuantity", -5), 422, "completedQuantity");
    }

    @Test
    void progressFromTheFutureIsRefused() {
        assertProgressRefused(with(progress(), "asOf", Instant.now().plus(1, ChronoUnit.HOURS).toString()), 422, "asOf");
    }

    @Test
    void moreHousesThanTheProjectTargetsAreRefused() {
        assertProgressRefused(with(progress(), "completedQuantity", 4550), 422, "completedQuantity");
    }

    @Test
    void aCompletedProjectHasCompletedItsTarget() {
        assertProgressRefused(with(progress(), "status", "COMPLETED"), 422, "completedQuantity");
    }

    @Test
    void unknownStatusIsRefused() {
        assertProgressRefused(with(progress(), "status", "ALMOST_DONE"), 422, "status");
    }

    @Test
    void progressWithoutADisbursementIsRefused() {
        assertProgressRefused(with(progress(), "disbursedVnd", null), 400, "disbursedVnd");
    }

    @Test
    void progressOfAProjectNeverRegisteredIsNotFound() {
        HttpAnswer reply = put(projectPath(UUID.randomUUID()) + "/progress/" + UUID.randomUUID(), progress());
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
    }
}
