package org.recoverytracker.contracts.aid;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Named, fixed aid events after Typhoon Yagi: Thanh Chương district (Nghệ An) gives Cao Bằng city 400 million đồng,
 * 300 million in cash and 100 million in goods; the Japanese Red Cross gives 10,000 US dollars.
 */
public final class AidEventMother {
    public static final String YAGI = "2024-yagi";
    public static final String CAO_BANG_CITY = "040";
    public static final String SONG_HIEN = "01267";
    public static final UUID THANH_CHUONG_DONATION = UUID.fromString("5d2c8a14-7b3e-4f61-9c0a-2e4d6f8a1b3c");
    public static final UUID RED_CROSS_DONATION = UUID.fromString("8e7f6a5b-4c3d-4e2f-8a1b-0c9d8e7f6a5b");
    public static final UUID ALLOCATION = UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    /** 14 Sep 2024, 10:00 in Cao Bằng. */
    public static final Instant PLEDGED_AT = Instant.parse("2024-09-14T03:00:00Z");

    private AidEventMother() {
    }

    public static List<InKindItem> thanhChuongGoods() {
        return List.of(new InKindItem("Gạo", new BigDecimal("5"), "t", 75_000_000L),
                new InKindItem("Nước uống đóng chai", new BigDecimal("1000"), "thùng", 25_000_000L));
    }

    public static Pledge thanhChuongPledge() {
        return new Pledge(new Donor("UBND huyện Thanh Chương (Nghệ An)", DonorType.LOCALITY, false), YAGI, CAO_BANG_CITY,
                PLEDGED_AT, List.of(Cash.vnd(300_000_000L)), thanhChuongGoods(), "Ủng hộ đồng bào thành phố Cao Bằng");
    }

    public static DonationPledged thanhChuongPledged() {
        return new DonationPledged(UUID.fromString("0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"), PLEDGED_AT,
                THANH_CHUONG_DONATION, 1, thanhChuongPledge(), "coordinator.caobang",
                Instant.parse("2024-09-14T03:05:12.500Z"));
    }

    /** The Red Cross pledge was first recorded as 1,000 dollars: the amendment corrects it to 10,000, anonymously. */
    public static DonationAmended redCrossCorrected() {
        Pledge pledge = new Pledge(new Donor("Hội Chữ thập đỏ Nhật Bản", DonorType.INTERNATIONAL, true), YAGI, null,
                Instant.parse("2024-09-15T02:00:00Z"), List.of(usd10000()), List.of(), null);
        return new DonationAmended(UUID.fromString("2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901"), pledge.pledgedAt(),
                RED_CROSS_DONATION, 2, 1, pledge, "coordinator.caobang", Instant.parse("2024-09-15T04:00:00Z"));
    }

    /** 10,000.00 dollars at 25,385 đồng each. */
    public static Cash usd10000() {
        return Cash.converted("USD", 1_000_000L, new BigDecimal("25385"));
    }

    /** Everything Thanh Chương promised arrived on 16 Sep: the donation's second version. */
    public static DonationReceived thanhChuongReceived() {
        Instant receivedAt = Instant.parse("2024-09-16T01:30:00Z");
        return new DonationReceived(UUID.fromString("3c4d5e6f-7081-4293-a4b5-c6d7e8f90a1b"), receivedAt,
                THANH_CHUONG_DONATION, 2, UUID.fromString("9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"), receivedAt,
                List.of(Cash.vnd(300_000_000L)), thanhChuongGoods(), "Biên nhận số 17/BN", "accountant.caobang",
                Instant.parse("2024-09-16T02:00:00Z"));
    }

    /** 200 million of Thanh Chương's cash for housing in Sông Hiến ward. */
    public static AidAllocated songHienHousing() {
        Instant allocatedAt = Instant.parse("2024-09-18T02:00:00Z");
        return new AidAllocated(UUID.fromString("4d5e6f70-8192-43a4-b5c6-d7e8f90a1b2c"), allocatedAt, ALLOCATION, 1,
                THANH_CHUONG_DONATION, YAGI, SONG_HIEN, PdnaSector.HOUSING, allocatedAt,
                List.of(Cash.vnd(200_000_000L)), List.of(), null, "coordinator.caobang", allocatedAt);
    }

    /** 150 million of that allocation handed to 120 households. */
    public static AidDistributed songHienHandedOut() {
        Instant distributedAt = Instant.parse("2024-09-20T03:00:00Z");
        return new AidDistributed(UUID.fromString("5e6f7081-92a3-44b5-c6d7-e8f90a1b2c3d"), distributedAt,
                UUID.fromString("6f708192-a3b4-45c6-d7e8-f90a1b2c3d4e"), 1, ALLOCATION, THANH_CHUONG_DONATION, YAGI,
                PdnaSector.HOUSING, SONG_HIEN, distributedAt, 120, List.of(Cash.vnd(150_000_000L)), List.of(),
                "Trao tại nhà văn hoá tổ 5", "field.songhien", Instant.parse("2024-09-20T09:15:00Z"));
    }

    /** One example of every aid event type, in the order of {@link AidEvent}'s permits clause. */
    public static List<AidEvent> oneOfEach() {
        return List.of(thanhChuongPledged(), redCrossCorrected(), thanhChuongReceived(), songHienHousing(),
                songHienHandedOut());
    }
}
