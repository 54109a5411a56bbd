package org.recoverytracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 3 as a coordinator sees it: reports submitted through the gateway become live totals per area,
 * served through the gateway, with the district's own report beside its communes' sum.
 */
class DamageThroughTheGatewayIT {
    private static final String PROVINCE = "04";
    private static final String CITY = "040";

    private static Map<String, Object> report(String disaster, String area, int dead) {
        return Reports.report(disaster, area, dead);
    }

    private static JsonNode deaths(String disaster, String area) {
        JsonNode totals = Api.get("/api/v1/totals/damage?disaster=" + disaster + "&area=" + area).body();
        for (JsonNode figure : totals.path("figures")) {
            if ("DR-P01".equals(figure.path("indicator").asText()) && "GOV".equals(figure.path("source").asText())) {
                return figure;
            }
        }
        return null;
    }

    @Test
    void communeReportsBecomeDistrictAndProvinceTotalsAndADistrictReportIsComparedWithThem() {
        String disaster = "yagi-e2e-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(Api.post("/api/v1/disasters", Map.of("id", disaster, "nameVi", "Bão số 3 (Yagi)", "nameEn", "Typhoon Yagi",
                "hazards", List.of("TYPHOON"), "startDate", "2024-09-06", "provinces", List.of(PROVINCE))).status()).isEqualTo(201);

        assertThat(Api.put("/api/v1/damage-reports/" + UUID.randomUUID(), report(disaster, "01267", 3)).status()).isEqualTo(201);
        assertThat(Api.put("/api/v1/damage-reports/" + UUID.randomUUID(), report(disaster, "01270", 2)).status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode province = deaths(disaster, PROVINCE);
            assertThat(province).isNotNull();
            assertThat(province.path("value").decimalValue()).isEqualByComparingTo("5");
        });

        UUID districtReport = UUID.randomUUID();
        assertThat(Api.put("/api/v1/damage-reports/" + districtReport, report(disaster, CITY, 6)).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode city = deaths(disaster, CITY);
            assertThat(city.path("value").decimalValue()).isEqualByComparingTo("6");
            assertThat(city.path("childrenSum").decimalValue()).isEqualByComparingTo("5");
            assertThat(city.path("discrepancy").asBoolean()).isTrue();
        });

        assertThat(Api.post("/api/v1/damage-reports/" + districtReport + "/verification",
                Map.of("decision", "REJECTED", "reason", "Số liệu chưa đối chiếu")).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode city = deaths(disaster, CITY);
            assertThat(city.path("value").decimalValue()).isEqualByComparingTo("5");
            assertThat(city.path("discrepancy").asBoolean()).isFalse();
        });
    }

    @Test
    void refusalsComeBackThroughTheGatewayAsProblemDetails() {
        Api.Answer refused = Api.put("/api/v1/damage-reports/" + UUID.randomUUID(), report("no-such-disaster", "01267", 1));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("invalid-params").get(0).path("name").asText()).isEqualTo("disasterId");
    }
}
