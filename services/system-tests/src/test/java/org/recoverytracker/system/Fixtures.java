package org.recoverytracker.system;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.recoverytracker.testkit.RunningSystem;
import org.recoverytracker.testkit.TestTokens;

/**
 * What a request in the access matrix needs to exist first, created through the gateway by someone allowed to (the
 * demo coordinator, or the demo field officer where authorship matters), so a refusal is never a 404 in disguise.
 */
final class Fixtures {
    static final String FIELD = TestTokens.bearer(TestTokens.fieldStaff("field", "04"));
    static final String ADMIN = TestTokens.bearer(TestTokens.admin("admin"));
    static final String DEMO_PASSWORD = "yagi-demo-2024";
    static final String SONG_HIEN = "01267";
    private static String disaster;

    private Fixtures() {
    }

    static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A disaster every matrix request may refer to, declared once and known to the aggregation service. */
    static synchronized String disaster() {
        if (disaster == null) {
            disaster = fresh("matrix");
            created(Api.post("/api/v1/disasters", disasterBody(disaster)));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> Api.get("/api/v1/totals/damage?disaster=" + disaster + "&area=04").status() == 200);
        }
        return disaster;
    }

    static Map<String, Object> disasterBody(String id) {
        return Map.of("id", id, "nameVi", "Bão số 3 (Yagi)", "nameEn", "Typhoon Yagi", "hazards", List.of("TYPHOON", "FLOOD"),
                "startDate", "2024-09-06", "provinces", List.of("04"));
    }

    static Map<String, Object> report(String area) {
        Map<String, Object> report = new HashMap<>();
        report.put("disasterId", disaster());
        report.put("areaCode", area);
        report.put("asOf", "2024-09-12T05:30:00Z");
        report.put("source", "GOV");
        report.put("reportType", "QUICK");
        report.put("figures", Map.of("DR-P01", 1));
        return report;
    }

    /** A report the demo field officer submitted: field staff may read only their own. */
    static UUID reportByField() {
        UUID id = UUID.randomUUID();
        created(Api.put("/api/v1/damage-reports/" + id, report(SONG_HIEN), "Authorization", FIELD));
        return id;
    }

    /** A field officer's report with an earlier one of theirs for the same disaster, area and source. */
    static UUID reportByFieldAfterAnother() {
        reportByField();
        return reportByField();
    }

    /** The smallest thing the damage service takes for a JPEG: its first bytes say so. */
    static Api.Upload photo() {
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, (byte) 0xff, (byte) 0xd9};
        return new Api.Upload(jpeg, "image/jpeg");
    }

    static Map<String, Object> donation(boolean receivedAtOnce) {
        return Recovery.donationBody(disaster(), "Hội Chữ thập đỏ tỉnh", "ORGANISATION", false, 100_000_000L,
                receivedAtOnce ? "2024-09-14T03:00:00Z" : null);
    }

    static UUID pledge() {
        UUID id = UUID.randomUUID();
        created(Api.put("/api/v1/donations/" + id, donation(false)));
        return id;
    }

    static Map<String, Object> receiptBody() {
        return Map.of("receivedAt", "2024-09-15T03:00:00Z", "cash", List.of(Map.of("currency", "VND", "amount", 10_000_000L)));
    }

    /** A donation with one receipt: {donationId, receiptId}. */
    static UUID[] receipt() {
        UUID donation = pledge();
        UUID receipt = UUID.randomUUID();
        created(Api.put("/api/v1/donations/" + donation + "/receipts/" + receipt, receiptBody()));
        return new UUID[] {donation, receipt};
    }

    static Map<String, Object> allocationBody() {
        UUID donation = UUID.randomUUID();
        created(Api.put("/api/v1/donations/" + donation, donation(true)));
        return Map.of("donationId", donation, "areaCode", SONG_HIEN, "sector", "HOUSING", "allocatedAt", "2024-09-18T02:00:00Z",
                "cash", List.of(Map.of("currency", "VND", "amount", 50_000_000L)));
    }

    static UUID allocation() {
        UUID id = UUID.randomUUID();
        created(Api.put("/api/v1/allocations/" + id, allocationBody()));
        return id;
    }

    static Map<String, Object> distributionBody() {
        return Map.of("allocationId", allocation(), "areaCode", SONG_HIEN, "distributedAt", "2024-09-20T03:00:00Z", "households", 12,
                "cash", List.of(Map.of("currency", "VND", "amount", 10_000_000L)));
    }

    static UUID distribution() {
        UUID id = UUID.randomUUID();
        created(Api.put("/api/v1/distributions/" + id, distributionBody()));
        return id;
    }

    /** A relocation project in Nguyên Bình district, registered by the coordinator. */
    static Map<String, Object> projectBody() {
        return Recovery.projectBody(disaster(), "052", "Di dời hộ dân khỏi vùng sạt lở", 45, 9_000_000_000L);
    }

    static UUID project() {
        UUID id = UUID.randomUUID();
        created(Api.put("/api/v1/recovery-projects/" + id, projectBody()));
        return id;
    }

    static Map<String, Object> progressBody() {
        return Recovery.progressBody(12, 2_000_000_000L);
    }

    /** Nguyên Bình's forest replanting, reported directly: field staff may report it. */
    static Map<String, Object> reportedTargetBody() {
        return Recovery.forestTargetBody(disaster(), "052", 1200.5);
    }

    static UUID reportedTarget() {
        UUID id = UUID.randomUUID();
        created(Api.put("/api/v1/recovery-targets/" + id, reportedTargetBody()));
        return id;
    }

    static Map<String, Object> targetProgressBody() {
        return Map.of("asOf", "2025-01-10T09:00:00Z", "achievedValue", 310.25);
    }

    static Map<String, Object> userBody(String username) {
        return Map.of("username", username, "password", "a long enough password", "displayName", "Cán bộ " + username,
                "role", "FIELD_STAFF", "areaCodes", List.of("040"));
    }

    /** A field officer's account an admin just created. */
    static String user() {
        String username = fresh("officer");
        created(Api.post("/api/v1/users", userBody(username), "Authorization", ADMIN));
        return username;
    }

    static Api.Answer login(String username, String password) {
        return Api.call("POST", RunningSystem.get().gateway("/api/v1/auth/login"), Map.of("username", username, "password", password),
                null);
    }

    /** A fresh refresh token of the demo coordinator. */
    static String refreshToken() {
        Api.Answer session = login("coordinator", DEMO_PASSWORD);
        if (session.status() != 200) {
            throw new IllegalStateException("demo coordinator cannot sign in: " + session.status() + " " + session.body());
        }
        return session.body().path("refreshToken").asText();
    }

    private static void created(Api.Answer answer) {
        if (answer.status() != 200 && answer.status() != 201) {
            throw new IllegalStateException("fixture not created: " + answer.status() + " " + answer.body());
        }
    }
}
