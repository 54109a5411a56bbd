package org.recoverytracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 4 as a coordinator and the public see it: the 400 million đồng Thanh Chương district gave Cao Bằng city,
 * recorded through the gateway, becomes aid totals per state and a public ledger line, also through the gateway.
 */
class AidThroughTheGatewayIT {
    private static final String CITY = "040";
    private static final String SONG_HIEN = "01267";

    private static Map<String, Object> thanhChuong(String disaster) {
        Map<String, Object> donation = new HashMap<>();
        donation.put("donor", Map.of("name", "UBND huyện Thanh Chương (Nghệ An)", "type", "LOCALITY", "anonymous", false));
        donation.put("disasterId", disaster);
        donation.put("targetAreaCode", CITY);
        donation.put("pledgedAt", "2024-09-14T03:00:00Z");
        donation.put("receivedAt", "2024-09-14T03:00:00Z");
        donation.put("cash", List.of(Map.of("currency", "VND", "amount", 300_000_000L)));
        donation.put("inKind", List.of(Map.of("item", "Gạo", "quantity", 5, "unit", "t", "estimatedValueVnd", 75_000_000L),
                Map.of("item", "Nước uống đóng chai", "quantity", 1000, "unit", "thùng", "estimatedValueVnd", 25_000_000L)));
        return donation;
    }

    @Test
    void aDonationReceivedAllocatedAndDistributedShowsInEveryStateAndOnThePublicLedger() {
        String disaster = "yagi-aid-e2e-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(Api.post("/api/v1/disasters", Map.of("id", disaster, "nameVi", "Bão số 3 (Yagi)", "nameEn", "Typhoon Yagi",
                "hazards", List.of("TYPHOON"), "startDate", "2024-09-06", "provinces", List.of("04"))).status()).isEqualTo(201);
        UUID donation = UUID.randomUUID();
        UUID allocation = UUID.randomUUID();
        assertThat(Api.put("/api/v1/donations/" + donation, thanhChuong(disaster)).status()).isEqualTo(201);
        assertThat(Api.put("/api/v1/allocations/" + allocation, Map.of("donationId", donation, "areaCode", SONG_HIEN,
                "sector", "HOUSING", "allocatedAt", "2024-09-18T02:00:00Z",
                "cash", List.of(Map.of("currency", "VND", "amount", 200_000_000L)))).status()).isEqualTo(201);
        Api.Answer overdrawn = Api.put("/api/v1/allocations/" + UUID.randomUUID(), Map.of("donationId", donation,
                "areaCode", SONG_HIEN, "sector", "HOUSING", "allocatedAt", "2024-09-18T02:00:00Z",
                "cash", List.of(Map.of("currency", "VND", "amount", 100_000_001L))));
        assertThat(Api.put("/api/v1/distributions/" + UUID.randomUUID(), Map.of("allocationId", allocation, "areaCode", SONG_HIEN,
                "distributedAt", "2024-09-20T03:00:00Z", "households", 120,
                "cash", List.of(Map.of("currency", "VND", "amount", 150_000_000L)))).status()).isEqualTo(201);

        assertThat(overdrawn.status()).isEqualTo(422);
        assertThat(overdrawn.body().path("invalid-params").get(0).path("name").asText()).isEqualTo("cash[0].amount");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode city = Api.get("/api/v1/totals/aid?disaster=" + disaster + "&area=" + CITY).body();
            assertThat(city.path("pledged").path("valueVnd").asLong()).isEqualTo(400_000_000L);
            assertThat(city.path("received").path("valueVnd").asLong()).isEqualTo(400_000_000L);
            assertThat(city.path("received").path("cash").get(0).path("amount").asLong()).isEqualTo(300_000_000L);
            assertThat(city.path("allocated").path("valueVnd").asLong()).isEqualTo(200_000_000L);
            assertThat(city.path("distributed").path("valueVnd").asLong()).isEqualTo(150_000_000L);
            assertThat(city.path("distributed").path("households").asInt()).isEqualTo(120);
        });
        JsonNode ledger = Api.get("/api/v1/public/aid?disaster=" + disaster).body();
        assertThat(ledger.path("total").asLong()).isEqualTo(2);
        assertThat(ledger.path("items").get(0).path("kind").asText()).isEqualTo("ALLOCATION");
        assertThat(ledger.path("items").get(1).path("donor").path("name").asText()).isEqualTo("UBND huyện Thanh Chương (Nghệ An)");
    }
}
