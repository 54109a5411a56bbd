package org.recoverytracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Aid and rebuilding as a coordinator records them through the gateway, for a disaster of a test's own: pledges,
 * receipts and allocations (donation-service), projects, their progress and recovery targets (rebuild-service).
 */
final class Recovery {
    static final String SXD = "SXD";
    static final String SXD_NAME = "Sở Xây dựng Cao Bằng";

    private Recovery() {
    }

    /** A pledge of {@code vnd} đồng (received at once when {@code receivedAt} is given). */
    static Map<String, Object> donationBody(String disaster, String donor, String type, boolean anonymous, long vnd, String receivedAt) {
        Map<String, Object> donation = new HashMap<>();
        donation.put("donor", Map.of("name", donor, "type", type, "anonymous", anonymous));
        donation.put("disasterId", disaster);
        donation.put("pledgedAt", "2024-09-14T03:00:00Z");
        if (receivedAt != null) {
            donation.put("receivedAt", receivedAt);
        }
        donation.put("cash", List.of(Map.of("currency", "VND", "amount", vnd)));
        return donation;
    }

    static UUID pledge(String disaster, String donor, String type, boolean anonymous, long vnd) {
        UUID id = UUID.randomUUID();
        created(Api.put("/api/v1/donations/" + id, donationBody(disaster, donor, type, anonymous, vnd, null)));
        return id;
    }

    static UUID receive(UUID donation, long vnd) {
        UUID receipt = UUID.randomUUID();
        created(Api.put("/api/v1/donations/" + donation + "/receipts/" + receipt,
                Map.of("receivedAt", "2024-09-15T03:00:00Z", "cash", List.of(Map.of("currency", "VND", "amount", vnd)))));
        return receipt;
    }

    /** Allocates {@code vnd} đồng of what the donation received to housing in {@code area}. */
    static UUID allocate(UUID donation, String area, long vnd) {
        UUID id = UUID.randomUUID();
        created(Api.put("/api/v1/allocations/" + id, Map.of("donationId", donation, "areaCode", area, "sector", "HOUSING",
                "allocatedAt", "2024-09-18T02:00:00Z", "cash", List.of(Map.of("currency", "VND", "amount", vnd)))));
        return id;
    }

    /** A house-relocation project of the provincial construction department (SXD), October 2024 to March 2025. */
    static Map<String, Object> projectBody(String disaster, String area, String title, int houses, long budgetVnd) {
        Map<String, Object> project = new HashMap<>();
        project.put("disasterId", disaster);
        project.put("areaCode", area);
        project.put("sector", "housing");
        project.put("kind", "house-relocation");
        project.put("title", title);
        project.put("responsibleUnit", Map.of("code", SXD, "name", SXD_NAME));
        project.put("target", Map.of("quantity", houses, "unit", "house"));
        project.put("budgetVnd", budgetVnd);
        project.put("plannedStart", "2024-10-01");
        project.put("plannedEnd", "2025-03-31");
        return project;
    }

    static UUID project(String disaster, String area, String title, int houses, long budgetVnd) {
        UUID id = UUID.randomUUID();
        created(Api.put("/api/v1/recovery-projects/" + id, projectBody(disaster, area, title, houses, budgetVnd)));
        return id;
    }

    static Map<String, Object> progressBody(int completed, long disbursedVnd) {
        return Map.of("asOf", "2024-12-15T10:00:00Z", "completedQuantity", completed, "disbursedVnd", disbursedVnd, "status", "IN_PROGRESS");
    }

    static void progress(UUID project, int completed, long disbursedVnd) {
        created(Api.put("/api/v1/recovery-projects/" + project + "/progress/" + UUID.randomUUID(), progressBody(completed, disbursedVnd)));
    }

    /**
     * The province's target of {@code houses} houses rebuilt from October 2024 to March 2025, measured by the housing
     * projects of the disaster.
     */
    static Map<String, Object> targetBody(String disaster, String nameVi, String nameEn, int houses) {
        Map<String, Object> target = new HashMap<>();
        target.put("nameVi", nameVi);
        target.put("nameEn", nameEn);
        target.put("areaCode", Reports.PROVINCE);
        target.put("disasterId", disaster);
        target.put("responsibleUnit", Map.of("code", SXD, "name", SXD_NAME));
        target.put("plannedValue", houses);
        target.put("unit", "house");
        target.put("startDate", "2024-10-01");
        target.put("deadline", "2025-03-31");
        target.put("measure", Map.of("method", "PROJECT_QUANTITY", "sector", "housing"));
        return target;
    }

    /** Forest replanted in {@code area}, which no project measures: REPORTED, so the area's field staff report it. */
    static Map<String, Object> forestTargetBody(String disaster, String area, double hectares) {
        Map<String, Object> target = targetBody(disaster, "Trồng lại rừng", "Replant forest", 1);
        target.put("areaCode", area);
        target.put("responsibleUnit", Map.of("code", "SNNPTNT", "name", "Sở Nông nghiệp và Phát triển nông thôn"));
        target.put("plannedValue", hectares);
        target.put("unit", "ha");
        target.put("measure", Map.of("method", "REPORTED"));
        return target;
    }

    /** Set by the coordinator through the gateway ({@code PUT /api/v1/recovery-targets/{id}}, rebuild-service). */
    static UUID target(String disaster, String nameVi, String nameEn, int houses) {
        UUID id = UUID.randomUUID();
        created(Api.put("/api/v1/recovery-targets/" + id, targetBody(disaster, nameVi, nameEn, houses)));
        return id;
    }

    /** Waits until a GET through the gateway answers 200 with what {@code until} expects, and returns that answer. */
    static JsonNode awaitAnswer(String path, Predicate<JsonNode> until) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Api.Answer answer = Api.get(path);
            last[0] = answer.body();
            return answer.status() == 200 && until.test(answer.body());
        });
        return last[0];
    }

    private static void created(Api.Answer answer) {
        assertThat(answer.status()).as("%s", answer.body()).isIn(200, 201);
    }
}
