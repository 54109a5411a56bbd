package org.recoverytracker.aggregation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.recoverytracker.contracts.aid.AidAllocated;
import org.recoverytracker.contracts.aid.AidDistributed;
import org.recoverytracker.contracts.aid.Cash;
import org.recoverytracker.contracts.aid.DonationAmended;
import org.recoverytracker.contracts.aid.DonationPledged;
import org.recoverytracker.contracts.aid.DonationReceived;
import org.recoverytracker.contracts.aid.Donor;
import org.recoverytracker.contracts.aid.DonorType;
import org.recoverytracker.contracts.aid.InKindItem;
import org.recoverytracker.contracts.aid.PdnaSector;
import org.recoverytracker.contracts.aid.Pledge;

/**
 * Aid events after Typhoon Yagi as donation-service publishes them, the reference case first: Thanh Chương district
 * (Nghệ An) gives Cao Bằng city 400 million đồng, 300 million in cash and 100 million in goods. Wards of the city:
 * Sông Hiến (01267) and Sông Bằng (01270).
 */
public final class AidEvents {
    public static final String SONG_HIEN = "01267";
    public static final String SONG_BANG = "01270";
    public static final Instant PLEDGED_AT = Instant.parse("2024-09-14T03:00:00Z");
    public static final Instant RECEIVED_AT = Instant.parse("2024-09-16T01:30:00Z");
    public static final Instant ALLOCATED_AT = Instant.parse("2024-09-18T02:00:00Z");
    public static final Instant DISTRIBUTED_AT = Instant.parse("2024-09-20T03:00:00Z");

    private AidEvents() {
    }

    public static Donor thanhChuong() {
        return new Donor("UBND huyện Thanh Chương (Nghệ An)", DonorType.LOCALITY, false);
    }

    public static List<InKindItem> thanhChuongGoods() {
        return List.of(new InKindItem("Gạo", new BigDecimal("5"), "t", 75_000_000L),
                new InKindItem("Nước uống đóng chai", new BigDecimal("1000"), "thùng", 25_000_000L));
    }

    public static DonationPledged pledged(UUID donationId, String disasterId, Donor donor, String targetArea, List<Cash> cash,
                                          List<InKindItem> inKind) {
        return new DonationPledged(UUID.randomUUID(), PLEDGED_AT, donationId, 1,
                new Pledge(donor, disasterId, targetArea, PLEDGED_AT, cash, inKind, null), "coordinator", PLEDGED_AT);
    }

    public static DonationAmended amended(DonationPledged pledged, int version, List<Cash> cash) {
        return amended(pledged, version, pledged.pledge().targetAreaCode(), cash);
    }

    /** An amendment that also names another target area ({@code null}: the province as a whole). */
    public static DonationAmended amended(DonationPledged pledged, int version, String targetArea, List<Cash> cash) {
        Pledge p = pledged.pledge();
        return new DonationAmended(UUID.randomUUID(), PLEDGED_AT, pledged.donationId(), version, version - 1,
                new Pledge(p.donor(), p.disasterId(), targetArea, p.pledgedAt(), cash, p.inKind(), null),
                "coordinator", PLEDGED_AT.plusSeconds(60));
    }

    public static DonationReceived received(UUID donationId, int version, List<Cash> cash, List<InKindItem> inKind) {
        return new DonationReceived(UUID.randomUUID(), RECEIVED_AT, donationId, version, UUID.randomUUID(), RECEIVED_AT,
                cash, inKind, null, "accountant", RECEIVED_AT);
    }

    public static AidAllocated allocated(UUID donationId, String disasterId, String area, long vnd) {
        return new AidAllocated(UUID.randomUUID(), ALLOCATED_AT, UUID.randomUUID(), 1, donationId, disasterId, area,
                PdnaSector.HOUSING, ALLOCATED_AT, List.of(Cash.vnd(vnd)), List.of(), null, "coordinator", ALLOCATED_AT);
    }

    public static AidDistributed distributed(AidAllocated allocation, String area, int households, long vnd) {
        return new AidDistributed(UUID.randomUUID(), DISTRIBUTED_AT, UUID.randomUUID(), 1, allocation.allocationId(),
                allocation.donationId(), allocation.disasterId(), allocation.sector(), area, DISTRIBUTED_AT, households,
                List.of(Cash.vnd(vnd)), List.of(), null, "field", DISTRIBUTED_AT);
    }
}
