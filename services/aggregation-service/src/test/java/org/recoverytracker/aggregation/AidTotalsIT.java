package org.recoverytracker.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoverytracker.aggregation.AidEvents.SONG_BANG;
import static org.recoverytracker.aggregation.AidEvents.SONG_HIEN;
import static org.recoverytracker.aggregation.AidEvents.allocated;
import static org.recoverytracker.aggregation.AidEvents.amended;
import static org.recoverytracker.aggregation.AidEvents.distributed;
import static org.recoverytracker.aggregation.AidEvents.pledged;
import static org.recoverytracker.aggregation.AidEvents.received;
import static org.recoverytracker.aggregation.AidEvents.thanhChuong;
import static org.recoverytracker.aggregation.AidEvents.thanhChuongGoods;
import static org.recoverytracker.aggregation.DamageEventMother.CITY;
import static org.recoverytracker.aggregation.DamageEventMother.HOANG_TUNG;
import static org.recoverytracker.aggregation.DamageEventMother.HOA_AN;
import static org.recoverytracker.aggregation.DamageEventMother.declared;
import static org.recoverytracker.aggregation.DamageEventMother.newDisaster;
import static org.recoverytracker.aggregation.Eventually.await;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.recoverytracker.aggregation.aid.AidTotals;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.aid.AidAllocated;
import org.recoverytracker.contracts.aid.Cash;
import org.recoverytracker.contracts.aid.DonationPledged;
import org.recoverytracker.contracts.aid.DonationReceived;
import org.recoverytracker.contracts.aid.Donor;
import org.recoverytracker.contracts.aid.DonorType;

/** Aid totals per state and area, from events on the real aid topic, with the exactly-once effect. */
@MicronautTest(transactional = false)
class AidTotalsIT extends RunningServiceIT {
    /** The three-tier boundaries valid when Yagi struck. */
    private static final String BEFORE_THE_REFORM = "2020-03-01";
    private static final Donor CEMENT = new Donor("Công ty CP Xi măng Cao Bằng", DonorType.BUSINESS, false);

    final EventTopic aid = new EventTopic(Topics.AID_DONATIONS);

    @Inject
    AidTotals totals;

    @AfterAll
    void closeAid() {
        aid.close();
    }

    private String yagi() {
        String disaster = newDisaster("aid");
        topic.publish(declared(disaster));
        return disaster;
    }

    private JsonNode totals(String disaster, String area) {
        return api.json("/api/v1/totals/aid?disaster=" + disaster + (area == null ? "" : "&area=" + area));
    }

    /**
     * Waits until the state's VND value in the area is {@code vnd} and the disaster's declaration is taken in (areas are
     * then read in the boundaries of its start), then returns the totals.
     */
    private JsonNode settled(String disaster, String area, String state, long vnd) {
        return await(PATIENCE).until(() -> totals(disaster, area), t -> t.get(state).get("valueVnd").getLongValue() == vnd
                && t.get("boundaries").getStringValue().equals(BEFORE_THE_REFORM));
    }

    private static long vnd(JsonNode totals, String state) {
        return totals.get(state).get("valueVnd").getLongValue();
    }

    @Test
    void pledgeReceiptAllocationAndDistributionMoveAmountsBetweenStatesExactly() {
        String disaster = yagi();
        UUID donation = UUID.randomUUID();
        AidAllocated housing = allocated(donation, disaster, SONG_HIEN, 250_000_000L);
        aid.publish(pledged(donation, disaster, CEMENT, null, List.of(Cash.vnd(500_000_000L)), List.of()),
                received(donation, 2, List.of(Cash.vnd(400_000_000L)), List.of()),
                housing,
                distributed(housing, SONG_HIEN, 50, 100_000_000L));

        JsonNode province = settled(disaster, null, "distributed", 100_000_000L);

        assertThat(vnd(province, "pledged")).isEqualTo(500_000_000L);
        assertThat(vnd(province, "received")).isEqualTo(400_000_000L);
        assertThat(vnd(province, "allocated")).isEqualTo(250_000_000L);
        assertThat(province.get("distributed").get("households").getIntValue()).isEqualTo(50);
        JsonNode city = TotalsApi.child(province, CITY);
        assertThat(vnd(city, "received")).as("an untargeted donation counts at the province only").isZero();
        assertThat(vnd(city, "allocated")).isEqualTo(250_000_000L);
        assertThat(vnd(city, "distributed")).isEqualTo(100_000_000L);
        assertThat(totals.allocatedVnd(disaster, CITY, Optional.empty())).isEqualTo(250_000_000L);
        assertThat(totals.allocatedVnd(disaster, HOA_AN, Optional.empty())).isZero();
    }

    @Test
    void aidIsSplitByDonorTypeInEveryStateWithThePooledFundApart() {
        String disaster = yagi();
        UUID fromThanhChuong = UUID.randomUUID();
        AidAllocated housing = allocated(fromThanhChuong, disaster, SONG_HIEN, 200_000_000L);
        aid.publish(pledged(UUID.randomUUID(), disaster, CEMENT, CITY, List.of(Cash.vnd(700_000_000L)), List.of()),
                pledged(fromThanhChuong, disaster, thanhChuong(), CITY, List.of(Cash.vnd(300_000_000L)), List.of()),
                received(fromThanhChuong, 2, List.of(Cash.vnd(300_000_000L)), List.of()),
                housing,
                allocated(null, disaster, SONG_BANG, 50_000_000L),
                distributed(housing, SONG_HIEN, 40, 100_000_000L));

        JsonNode province = settled(disaster, null, "distributed", 100_000_000L);

        JsonNode byType = province.get("byDonorType");
        assertThat(byType.get("BUSINESS").get("pledged").getLongValue()).isEqualTo(700_000_000L);
        assertThat(byType.get("BUSINESS").get("received").getLongValue()).isZero();
        JsonNode locality = byType.get("LOCALITY");
        assertThat(List.of(locality.get("pledged").getLongValue(), locality.get("received").getLongValue(),
                locality.get("allocated").getLongValue(), locality.get("distributed").getLongValue()))
                .containsExactly(300_000_000L, 300_000_000L, 200_000_000L, 100_000_000L);
        assertThat(byType.get("POOLED").get("allocated").getLongValue()).isEqualTo(50_000_000L);
        assertThat(byType.get("INDIVIDUAL").get("pledged").getLongValue()).as("every type is listed").isZero();
        long allocatedByType = 0;
        for (JsonNode type : byType.values()) {
            allocatedByType += type.get("allocated").getLongValue();
        }
        assertThat(allocatedByType).as("the types add up to the state").isEqualTo(vnd(province, "allocated"));
        JsonNode bang = totals(disaster, SONG_BANG);
        assertThat(bang.get("byDonorType").get("LOCALITY").get("allocated").getLongValue()).isZero();
        assertThat(bang.get("byDonorType").get("POOLED").get("allocated").getLongValue()).isEqualTo(50_000_000L);
    }

    @Test
    void aPledgeAloneAddsNothingToReceived() {
        String disaster = yagi();
        aid.publish(pledged(UUID.randomUUID(), disaster, CEMENT, CITY, List.of(Cash.vnd(700_000_000L)), List.of()));

        JsonNode province = settled(disaster, null, "pledged", 700_000_000L);

        assertThat(vnd(province, "received")).isZero();
        assertThat(province.get("received").get("cash").values()).isEmpty();
        assertThat(province.get("pledged").get("donors").get("BUSINESS").getIntValue()).isEqualTo(1);
    }

    @Test
    void theSameReceiptTwiceCountsOnce() {
        String disaster = yagi();
        UUID donation = UUID.randomUUID();
        DonationReceived receipt = received(donation, 2, List.of(Cash.vnd(100_000_000L)), List.of());
        DonationReceived sameReceiptAnnouncedAgain = new DonationReceived(UUID.randomUUID(), receipt.occurredAt(), donation, 2,
                receipt.receiptId(), receipt.receivedAt(), receipt.cash(), receipt.inKind(), null, "accountant", receipt.recordedAt());
        DonationReceived later = received(donation, 3, List.of(Cash.vnd(1L)), List.of());
        aid.publish(pledged(donation, disaster, CEMENT, CITY, List.of(Cash.vnd(200_000_000L)), List.of()),
                receipt, receipt, sameReceiptAnnouncedAgain, later);

        JsonNode city = settled(disaster, CITY, "received", 100_000_001L);

        assertThat(city.get("received").get("cash").values().iterator().next().get("amount").getLongValue())
                .isEqualTo(100_000_001L);
    }

    @Test
    void theFourHundredMillionShowThreeHundredMillionInCashAndOneHundredMillionInGoods() {
        String disaster = yagi();
        UUID donation = UUID.randomUUID();
        aid.publish(pledged(donation, disaster, thanhChuong(), CITY, List.of(Cash.vnd(300_000_000L)), thanhChuongGoods()),
                received(donation, 2, List.of(Cash.vnd(300_000_000L)), thanhChuongGoods()));

        JsonNode city = settled(disaster, CITY, "received", 400_000_000L);

        JsonNode received = city.get("received");
        assertThat(received.get("cash").values()).singleElement().satisfies(cash -> {
            assertThat(cash.get("currency").getStringValue()).isEqualTo("VND");
            assertThat(cash.get("amount").getLongValue()).isEqualTo(300_000_000L);
        });
        assertThat(received.get("inKind").values()).extracting(g -> g.get("item").getStringValue() + " "
                        + TotalsApi.number(g.get("quantity")).toPlainString() + " " + g.get("unit").getStringValue() + " = "
                        + g.get("estimatedValueVnd").getLongValue())
                .containsExactly("Gạo 5 t = 75000000", "Nước uống đóng chai 1000 thùng = 25000000");
        assertThat(received.get("donors").get("LOCALITY").getIntValue()).isEqualTo(1);
        assertThat(vnd(totals(disaster, null), "received")).as("the province holds its city's aid").isEqualTo(400_000_000L);
    }

    @Test
    void foreignMoneyShowsItsOwnAmountAndItsVndEquivalent() {
        String disaster = yagi();
        UUID donation = UUID.randomUUID();
        Cash usd = Cash.converted("USD", 1_000_000L, new BigDecimal("25385"));
        aid.publish(pledged(donation, disaster, new Donor("Hội Chữ thập đỏ Nhật Bản", DonorType.INTERNATIONAL, false), null,
                List.of(usd), List.of()), received(donation, 2, List.of(usd), List.of()));

        JsonNode province = settled(disaster, null, "received", 253_850_000L);

        JsonNode cash = province.get("received").get("cash").values().iterator().next();
        assertThat(cash.get("currency").getStringValue()).isEqualTo("USD");
        assertThat(cash.get("amount").getLongValue()).as("10,000.00 dollars in cents").isEqualTo(1_000_000L);
        assertThat(cash.get("vndEquivalent").getLongValue()).isEqualTo(253_850_000L);
    }

    @Test
    void anAmendedPledgeReplacesThePledgeItAmends() {
        String disaster = yagi();
        DonationPledged pledge = pledged(UUID.randomUUID(), disaster, CEMENT, CITY, List.of(Cash.vnd(100_000_000L)), List.of());
        aid.publish(pledge, amended(pledge, 2, List.of(Cash.vnd(1_000_000_000L))));

        JsonNode city = settled(disaster, CITY, "pledged", 1_000_000_000L);

        assertThat(vnd(city, "received")).isZero();
    }

    @Test
    void anAmendmentCountsEvenWhenTheReceiptRecordedAfterItArrivesFirst() {
        String disaster = yagi();
        DonationPledged pledge = pledged(UUID.randomUUID(), disaster, CEMENT, SONG_HIEN, List.of(Cash.vnd(100_000_000L)),
                List.of());
        DonationReceived receipt = received(pledge.donationId(), 3, List.of(Cash.vnd(250_000_000L)), List.of());
        aid.publish(pledge, receipt, amended(pledge, 2, CITY, List.of(Cash.vnd(300_000_000L))), receipt);

        JsonNode city = settled(disaster, CITY, "pledged", 300_000_000L);

        assertThat(vnd(city, "received")).isEqualTo(250_000_000L);
        JsonNode songHien = totals(disaster, SONG_HIEN);
        assertThat(List.of(vnd(songHien, "pledged"), vnd(songHien, "received")))
                .as("the pledge and its receipt follow the amendment to the city").containsExactly(0L, 0L);
    }

    @Test
    void anAreaHoldsTheSumOfItsChildren() {
        String disaster = yagi();
        aid.publish(allocated(null, disaster, SONG_HIEN, 10L), allocated(null, disaster, SONG_BANG, 20L),
                allocated(null, disaster, HOANG_TUNG, 300L), allocated(null, disaster, CITY, 4_000L));

        JsonNode province = settled(disaster, null, "allocated", 4_330L);

        JsonNode city = TotalsApi.child(province, CITY);
        assertThat(vnd(city, "allocated")).as("its wards' 30 and the 4,000 given to the city itself").isEqualTo(4_030L);
        assertThat(vnd(TotalsApi.child(province, HOA_AN), "allocated")).isEqualTo(300L);
        JsonNode cityTotals = totals(disaster, CITY);
        assertThat(vnd(TotalsApi.child(cityTotals, SONG_HIEN), "allocated")).isEqualTo(10L);
        assertThat(vnd(TotalsApi.child(cityTotals, SONG_BANG), "allocated")).isEqualTo(20L);
    }

    @Test
    void anAllocationToAnAreaUnknownOnItsDateIsDeadLetteredAndConsumptionGoesOn() {
        String disaster = yagi();
        AidAllocated nowhere = allocated(null, disaster, "99999", 5L);
        aid.publish(nowhere, allocated(null, disaster, SONG_HIEN, 7L));

        settled(disaster, null, "allocated", 7L);

        assertThat(await(PATIENCE).until(() -> EventTopic.deadLettersKeyed(Topics.AID_DONATIONS, nowhere.entityId()),
                letters -> !letters.isEmpty())).isNotEmpty();
    }
}
