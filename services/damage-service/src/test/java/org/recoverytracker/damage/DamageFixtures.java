package org.recoverytracker.damage;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.recoverytracker.testkit.TestTokens;

/** Named requests for the damage service's tests ("mothers"): Typhoon Yagi in Cao Bằng, September 2024. */
public final class DamageFixtures {
    public static final String CAO_BANG_CITY = "040";
    public static final String SONG_HIEN = "01267";
    public static final String SONG_BANG = "01270";
    /** Who declares in these tests: a provincial coordinator (HttpAnswer.send signs in as one too). */
    public static final String COORDINATOR = TestTokens.coordinator("coordinator.test");

    private DamageFixtures() {
    }

    /** A disaster id of the test's own, so tests sharing the broker never see each other's totals. */
    public static String disasterId() {
        return "yagi-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> disaster(String id) {
        return Map.of("id", id, "nameVi", "Bão số 3 (Yagi)", "nameEn", "Typhoon Yagi", "hazards", List.of("TYPHOON", "FLOOD", "LANDSLIDE"),
                "startDate", "2024-09-06", "provinces", List.of("04"));
    }

    /** A quick government report from Sông Hiến ward: 3 dead, 2 missing, as of 12 Sep 2024 12:30 local time. */
    public static Map<String, Object> report(String disasterId) {
        Map<String, Object> report = new HashMap<>();
        report.put("disasterId", disasterId);
        report.put("areaCode", SONG_HIEN);
        report.put("asOf", "2024-09-12T05:30:00Z");
        report.put("source", "GOV");
        report.put("reportType", "QUICK");
        report.put("figures", Map.of("DR-P01", 3, "DR-P02", 2));
        report.put("note", "Sạt lở đất tại tổ 5");
        return report;
    }

    public static void declare(HttpClient client, String disasterId) {
        client.toBlocking().exchange(HttpRequest.POST("/api/v1/disasters", disaster(disasterId)).bearerAuth(COORDINATOR));
    }
}
