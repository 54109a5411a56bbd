package org.recoverytracker.system.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Aid as it flowed after Yagi, reproducible from a seed: localities, organisations, businesses and individuals pledge
 * cash and goods (for an area or for the province), part of it received later or all at once, allocated to a commune
 * and sector, distributed to households; the app sends some requests twice.
 */
final class AidWorkload {
    private static final Instant FIRST = Instant.parse("2024-09-08T00:00:00Z");
    private static final String[] DONORS = {"UBND huyện Thanh Chương (Nghệ An)", "Hội Chữ thập đỏ tỉnh Cao Bằng",
            "Công ty CP Xi măng Cao Bằng", "Nguyễn Văn An", "Quỹ Vì người nghèo", "Trường THPT Chuyên Cao Bằng"};
    private static final String[] TYPES = {"LOCALITY", "ORGANISATION", "BUSINESS", "INDIVIDUAL", "ORGANISATION", "STATE"};
    private static final String[] SECTORS = {"EMERGENCY_RELIEF", "HOUSING", "EDUCATION", "HOUSING"};

    private final Random random;
    private final String disasterId;
    private final AreaTree areas;

    AidWorkload(long seed, String disasterId, AreaTree areas) {
        this.random = new Random(seed ^ 0x5DEECE66DL);
        this.disasterId = disasterId;
        this.areas = areas;
    }

    /** One write of aid: a path under /api/v1 and its body; {@code resend} marks the same request sent again. */
    record Write(String path, Map<String, Object> body, boolean resend) {
    }

    synchronized List<Write> next() {
        List<Write> writes = new ArrayList<>();
        UUID donation = UUID.randomUUID();
        String district = pick(areas.districts());
        String target = random.nextDouble() < 0.2 ? null : random.nextBoolean() ? district : pick(areas.childrenOf(district));
        Instant pledgedAt = FIRST.plus(Duration.ofMinutes(random.nextInt(20 * 24 * 60)));
        long pledged = (1 + random.nextInt(500)) * 1_000_000L;
        boolean atOnce = random.nextBoolean();
        int donor = random.nextInt(DONORS.length);
        Map<String, Object> pledge = new LinkedHashMap<>();
        pledge.put("donor", Map.of("name", DONORS[donor], "type", TYPES[donor], "anonymous", random.nextDouble() < 0.1));
        pledge.put("disasterId", disasterId);
        if (target != null) {
            pledge.put("targetAreaCode", target);
        }
        pledge.put("pledgedAt", pledgedAt.toString());
        if (atOnce) {
            pledge.put("receivedAt", pledgedAt.toString());
        }
        pledge.put("cash", List.of(Map.of("currency", "VND", "amount", pledged)));
        pledge.put("inKind", random.nextBoolean() ? List.of() : List.of(Map.of("item", "Gạo", "quantity", 1 + random.nextInt(20),
                "unit", "t", "estimatedValueVnd", 15_000_000L)));
        writes.add(new Write("/api/v1/donations/" + donation, pledge, false));
        if (random.nextDouble() < 0.25) {
            writes.add(new Write("/api/v1/donations/" + donation, pledge, true));
        }
        Instant receivedAt = pledgedAt.plus(Duration.ofHours(random.nextInt(48)));
        long received = pledged;
        if (!atOnce) {
            received = pledged / (1 + random.nextInt(2));
            writes.add(new Write("/api/v1/donations/" + donation + "/receipts/" + UUID.randomUUID(),
                    Map.of("receivedAt", receivedAt.toString(), "cash", List.of(Map.of("currency", "VND", "amount", received)),
                            "inKind", List.of()), false));
        }
        if (random.nextDouble() < 0.7) {
            UUID allocation = UUID.randomUUID();
            String area = target == null ? pick(areas.communes()) : areas.childrenOf(target).isEmpty() ? target
                    : pick(areas.childrenOf(target));
            long allocated = received / (1 + random.nextInt(3));
            Instant allocatedAt = receivedAt.plus(Duration.ofHours(1 + random.nextInt(72)));
            Map<String, Object> allocating = new LinkedHashMap<>(Map.of("donationId", donation.toString(), "areaCode", area,
                    "sector", pick(List.of(SECTORS)), "allocatedAt", allocatedAt.toString(),
                    "cash", List.of(Map.of("currency", "VND", "amount", allocated)), "inKind", List.of()));
            writes.add(new Write("/api/v1/allocations/" + allocation, allocating, false));
            if (random.nextDouble() < 0.6) {
                Map<String, Object> distributing = Map.of("allocationId", allocation.toString(), "areaCode", area,
                        "distributedAt", allocatedAt.plus(Duration.ofHours(1 + random.nextInt(48))).toString(),
                        "households", 1 + random.nextInt(200),
                        "cash", List.of(Map.of("currency", "VND", "amount", allocated / (1 + random.nextInt(2)))), "inKind", List.of());
                String path = "/api/v1/distributions/" + UUID.randomUUID();
                writes.add(new Write(path, distributing, false));
                if (random.nextDouble() < 0.2) {
                    writes.add(new Write(path, distributing, true));
                }
            }
        }
        return writes;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
