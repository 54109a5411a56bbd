package org.recoverytracker.contracts.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The money rules the aid events carry, and what their records refuse to be. */
class AidEventRecordsTest {

    @Test
    void foreignMoneyIsConvertedFromMajorUnitsAtItsRate() {
        Cash usd = Cash.converted("USD", 1_000_000L, new BigDecimal("25385"));
        assertEquals(253_850_000L, usd.vndEquivalent());
    }

    @Test
    void conversionRoundsHalfUpToTheWholeDong() {
        assertEquals(1L, Cash.converted("USD", 2L, new BigDecimal("25")).vndEquivalent());
        assertEquals(253L, Cash.converted("USD", 1L, new BigDecimal("25349.99")).vndEquivalent());
        assertEquals(254L, Cash.converted("USD", 1L, new BigDecimal("25350")).vndEquivalent());
    }

    @Test
    void currencyWithoutMinorUnitIsCountedInWholeUnits() {
        assertEquals(17_200_000L, Cash.converted("JPY", 100_000L, new BigDecimal("172")).vndEquivalent());
    }

    @Test
    void vndIsItsOwnEquivalentAndTakesNoRate() {
        assertEquals(Cash.vnd(5L), Cash.converted("VND", 5L, null));
        assertThrows(IllegalArgumentException.class, () -> new Cash("VND", 5L, BigDecimal.ONE, 5L));
        assertThrows(IllegalArgumentException.class, () -> new Cash("VND", 5L, null, 6L));
    }

    @Test
    void foreignMoneyNeedsARate() {
        assertThrows(IllegalArgumentException.class, () -> new Cash("USD", 100L, null, 2_538_500L));
        assertThrows(IllegalArgumentException.class, () -> new Cash("USD", 100L, BigDecimal.ZERO, 0L));
    }

    @Test
    void onlyIsoCurrenciesWithAMinorUnitAreMoney() {
        assertThrows(IllegalArgumentException.class, () -> Cash.vnd(0L));
        assertThrows(IllegalArgumentException.class, () -> Cash.converted("ABC", 1L, BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class, () -> Cash.converted("XAU", 1L, BigDecimal.ONE));
    }

    @Test
    void aidThatMovesNothingIsRefused() {
        Pledge p = AidEventMother.thanhChuongPledge();
        assertThrows(IllegalArgumentException.class,
                () -> new Pledge(p.donor(), null, null, p.pledgedAt(), List.of(), List.of(), null));
    }

    @Test
    void goodsNeedAPositiveQuantity() {
        assertThrows(IllegalArgumentException.class, () -> new InKindItem("Gạo", BigDecimal.ZERO, "t", 0L));
    }

    @Test
    void anAmendmentMustReplaceAnEarlierVersion() {
        DonationAmended a = AidEventMother.redCrossCorrected();
        assertThrows(IllegalArgumentException.class, () -> new DonationAmended(a.eventId(), a.occurredAt(),
                a.donationId(), 2, 2, a.pledge(), a.amendedBy(), a.amendedAt()));
    }

    @Test
    void aReceiptIsKeyedByItsDonationSoADonationsEventsStayInOrder() {
        DonationReceived received = AidEventMother.thanhChuongReceived();
        assertEquals(AidEventMother.THANH_CHUONG_DONATION.toString(), received.entityId());
    }
}
