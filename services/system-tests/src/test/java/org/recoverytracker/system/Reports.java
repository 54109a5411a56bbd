package org.recoverytracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Damage reports as a field officer sends them through the gateway, for a disaster of a test's own. */
public final class Reports {
    public static final String PROVINCE = "04";
    public static final String DEAD = "DR-P01";

    private Reports() {
    }

    /** Declares Typhoon Yagi under a fresh id (the database is shared by all tests) and returns the id. */
    public static String declareDisaster(String name) {
        String id = name + "-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(Api.post("/api/v1/disasters", Map.of("id", id, "nameVi", "Bão số 3 (Yagi) " + name,
                "nameEn", "Typhoon Yagi " + name, "hazards", List.of("TYPHOON"), "startDate", "2024-09-06",
                "provinces", List.of(PROVINCE))).status()).isEqualTo(201);
        return id;
    }

    public static Map<String, Object> report(String disaster, String area, int dead) {
        return report(disaster, area, "2024-09-12T05:30:00Z", Map.of(DEAD, dead));
    }

    public static Map<String, Object> report(String disaster, String area, String asOf, Map<String, Integer> figures) {
        Map<String, Object> report = new HashMap<>();
        report.put("disasterId", disaster);
        report.put("areaCode", area);
        report.put("asOf", asOf);
        report.put("source", "GOV");
        report.put("reportType", "DAILY");
        report.put("figures", figures);
        return report;
    }

    /** Submits a GOV daily report through the gateway (201 expected) and returns its id. */
    public static UUID submit(String disaster, String area, String asOf, int dead) {
        UUID id = UUID.randomUUID();
        assertThat(Api.put("/api/v1/damage-reports/" + id, report(disaster, area, asOf, Map.of(DEAD, dead))).status())
                .isEqualTo(201);
        return id;
    }

    /** Waits until the totals API shows {@code dead} deaths in the area: the aggregation has consumed the reports. */
    public static void awaitDeaths(String disaster, String area, long dead) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> deaths(disaster, area) == dead);
    }

    /** The GOV headline of deaths in an area, -1 while there is none (or the disaster is not consumed yet). */
    public static long deaths(String disaster, String area) {
        JsonNode totals = Api.get("/api/v1/totals/damage?disaster=" + disaster + "&area=" + area).body();
        for (JsonNode figure : totals.path("figures")) {
            if (DEAD.equals(figure.path("indicator").asText()) && "GOV".equals(figure.path("source").asText())) {
                return figure.path("value").asLong();
            }
        }
        return -1;
    }
}
