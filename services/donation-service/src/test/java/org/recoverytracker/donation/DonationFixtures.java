package org.recoverytracker.donation;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.event.CloudEventHeaders;
import org.recoverytracker.testkit.HttpAnswer;
import org.recoverytracker.testkit.TopicReader;

/**
 * Named requests for the donation service's tests ("mothers"): aid to Cao Bằng after Typhoon Yagi, September 2024.
 * The reference case: Thanh Chương district (Nghệ An) gives Cao Bằng city 400 million đồng, 300 million in cash and
 * 100 million in goods.
 */
public final class DonationFixtures {
    public static final String CAO_BANG_CITY = "040";
    public static final String BAO_LAM = "042";
    public static final String SONG_HIEN = "01267";
    public static final String SONG_BANG = "01270";
    public static final String PLEDGED_AT = "2024-09-14T03:00:00Z";
    public static final String RECEIVED_AT = "2024-09-16T01:30:00Z";
    public static final String ALLOCATED_AT = "2024-09-18T02:00:00Z";
    public static final String DISTRIBUTED_AT = "2024-09-20T03:00:00Z";

    private DonationFixtures() {
    }

    /** A disaster id of the test's own, so each test has a fund of its own to pool and allocate from. */
    public static String disasterId() {
        return "yagi-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> vnd(long amount) {
        return Map.of("currency", "VND", "amount", amount);
    }

    public static Map<String, Object> foreign(String currency, long minorUnits, String vndRate) {
        return Map.of("currency", currency, "amount", minorUnits, "vndRate", new java.math.BigDecimal(vndRate));
    }

    /** 5 t of rice (75 million) and 1,000 cases of bottled water (25 million): Thanh Chương's goods. */
    public static List<Map<String, Object>> thanhChuongGoods() {
        return List.of(Map.of("item", "Gạo", "quantity", 5, "unit", "t", "estimatedValueVnd", 75_000_000L),
                Map.of("item", "Nước uống đóng chai", "quantity", 1000, "unit", "thùng", "estimatedValueVnd", 25_000_000L));
    }

    /** Thanh Chương's pledge to Cao Bằng city: 300 million đồng in cash and 100 million in goods. */
    public static Map<String, Object> thanhChuong(String disasterId) {
        Map<String, Object> donation = new HashMap<>();
        donation.put("donor", Map.of("name", "UBND huyện Thanh Chương (Nghệ An)", "type", "LOCALITY", "anonymous", false));
        donation.put("disasterId", disasterId);
        donation.put("targetAreaCode", CAO_BANG_CITY);
        donation.put("pledgedAt", PLEDGED_AT);
        donation.put("cash", List.of(vnd(300_000_000L)));
        donation.put("inKind", thanhChuongGoods());
        donation.put("note", "Ủng hộ đồng bào thành phố Cao Bằng");
        return donation;
    }

    /** A cash pledge of {@code amount} đồng from a business, for no particular area. */
    public static Map<String, Object> cashPledge(String disasterId, long amount) {
        Map<String, Object> donation = new HashMap<>();
        donation.put("donor", Map.of("name", "Công ty CP Xi măng Cao Bằng", "type", "BUSINESS", "anonymous", false));
        donation.put("disasterId", disasterId);
        donation.put("pledgedAt", PLEDGED_AT);
        donation.put("cash", List.of(vnd(amount)));
        return donation;
    }

    @SafeVarargs
    public static Map<String, Object> receipt(Map<String, Object>... cash) {
        return Map.of("receivedAt", RECEIVED_AT, "cash", List.of(cash));
    }

    public static Map<String, Object> allocation(UUID donationId, String areaCode, long amount) {
        Map<String, Object> allocation = new HashMap<>();
        if (donationId != null) {
            allocation.put("donationId", donationId);
        }
        allocation.put("areaCode", areaCode);
        allocation.put("sector", "HOUSING");
        allocation.put("allocatedAt", ALLOCATED_AT);
        allocation.put("cash", List.of(vnd(amount)));
        return allocation;
    }

    public static Map<String, Object> pooledAllocation(String disasterId, String areaCode, long amount) {
        return HttpAnswer.with(allocation(null, areaCode, amount), "disasterId", disasterId);
    }

    public static Map<String, Object> distribution(UUID allocationId, String areaCode, int households, long amount) {
        return new HashMap<>(Map.of("allocationId", allocationId, "areaCode", areaCode, "distributedAt", DISTRIBUTED_AT,
                "households", households, "cash", List.of(vnd(amount))));
    }

    public static HttpAnswer put(HttpClient client, String path, Object body) {
        return HttpAnswer.send(client, HttpRequest.PUT(path, body));
    }

    public static HttpAnswer fetch(HttpClient client, String path) {
        return HttpAnswer.send(client, HttpRequest.GET(path));
    }

    /** Pledges {@code amount} đồng and receives all of it; returns the donation id. */
    public static UUID receivedCash(HttpClient client, String disasterId, long amount) {
        UUID donationId = UUID.randomUUID();
        put(client, "/api/v1/donations/" + donationId, cashPledge(disasterId, amount));
        put(client, "/api/v1/donations/" + donationId + "/receipts/" + UUID.randomUUID(), receipt(vnd(amount)));
        return donationId;
    }

    /** The ce_type of every event published under {@code key}, in order. */
    public static List<String> publishedTypes(String key) {
        List<String> types = new ArrayList<>();
        for (ConsumerRecord<String, String> record : TopicReader.byKey(Topics.AID_DONATIONS, key)) {
            types.add(TopicReader.header(record, CloudEventHeaders.TYPE).replace("org.recoverytracker.", ""));
        }
        return types;
    }
}
