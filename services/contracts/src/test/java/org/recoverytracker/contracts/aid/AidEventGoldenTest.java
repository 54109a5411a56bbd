package org.recoverytracker.contracts.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.event.GoldenEventContract;

/** Pins the wire format of every aid event on {@code recovery.aid-donations.v1} (see {@link GoldenEventContract}). */
class AidEventGoldenTest extends GoldenEventContract<AidEvent> {

    @Override
    protected Class<AidEvent> root() {
        return AidEvent.class;
    }

    @Override
    protected List<AidEvent> oneOfEach() {
        return AidEventMother.oneOfEach();
    }

    @Test
    void moneyIsWholeMinorUnitsWithItsRateAndVndEquivalentAsExactNumbers() throws IOException {
        String json = JSON.writeValueAsString(AidEventMother.redCrossCorrected());
        assertTrue(json.contains("{\"currency\":\"USD\",\"amount\":1000000,\"vndRate\":25385,\"vndEquivalent\":253850000}"),
                json);
    }

    @Test
    void vndNeedsNoRateSoNoneIsWritten() throws IOException {
        String json = JSON.writeValueAsString(AidEventMother.thanhChuongReceived());
        assertTrue(json.contains("{\"currency\":\"VND\",\"amount\":300000000,\"vndEquivalent\":300000000}"), json);
        assertFalse(json.contains("vndRate"), json);
    }

    @Test
    void goodsKeepTheirExactQuantityUnitAndValue() throws IOException {
        String json = new String(golden(DonationPledged.class), StandardCharsets.UTF_8);
        DonationPledged read = JSON.readValue(json, DonationPledged.class);
        assertEquals(AidEventMother.thanhChuongGoods(), read.pledge().inKind());
    }

    @Test
    void receiptWithoutItsDonationIsNotReadAsAnEventWithNulls() throws IOException {
        String json = new String(golden(DonationReceived.class), StandardCharsets.UTF_8)
                .replaceFirst("\"donationId\"", "\"misspelledDonationId\"");
        assertThrows(IOException.class, () -> JSON.readValue(json, DonationReceived.class));
    }

    @Test
    void foreignMoneyWithoutItsRateIsNotRead() throws IOException {
        String json = new String(golden(DonationAmended.class), StandardCharsets.UTF_8)
                .replaceFirst("\"vndRate\": 25385,", "");
        assertThrows(IOException.class, () -> JSON.readValue(json, DonationAmended.class));
    }

    @Test
    void unknownFieldsAreIgnoredSoV1CanGrowOptionalFields() throws IOException {
        String json = new String(golden(AidAllocated.class), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"addedInALaterRelease\":true,");
        assertEquals(AidEventMother.songHienHousing(), JSON.readValue(json, AidAllocated.class));
    }
}
