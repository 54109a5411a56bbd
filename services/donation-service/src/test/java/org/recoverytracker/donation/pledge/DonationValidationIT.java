package org.recoverytracker.donation.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoverytracker.donation.DonationFixtures.SONG_HIEN;
import static org.recoverytracker.donation.DonationFixtures.allocation;
import static org.recoverytracker.donation.DonationFixtures.cashPledge;
import static org.recoverytracker.donation.DonationFixtures.disasterId;
import static org.recoverytracker.donation.DonationFixtures.fetch;
import static org.recoverytracker.donation.DonationFixtures.foreign;
import static org.recoverytracker.donation.DonationFixtures.put;
import static org.recoverytracker.donation.DonationFixtures.receipt;
import static org.recoverytracker.donation.DonationFixtures.receivedCash;
import static org.recoverytracker.donation.DonationFixtures.thanhChuong;
import static org.recoverytracker.donation.DonationFixtures.vnd;
import static org.recoverytracker.testkit.HttpAnswer.with;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recoverytracker.donation.DonationServiceIT;
import org.recoverytracker.testkit.HttpAnswer;

/** Every refusal is problem+json naming the field, and leaves nothing behind. */
@MicronautTest(transactional = false)
class DonationValidationIT extends DonationServiceIT {
    private final String disaster = disasterId();

    private void assertRefused(String collection, Object body, int status, String field) {
        String path = "/api/v1/" + collection + "/" + UUID.randomUUID();
        HttpAnswer answer = put(client, path, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body()).contains("\"name\":\"" + field + "\"");
        assertThat(fetch(client, path).status()).isEqualTo(404);
    }

    private void assertDonationRefused(Object body, int status, String field) {
        assertRefused("donations", body, status, field);
    }

    @Test
    void donorWithoutANameIsRefused() {
        assertDonationRefused(with(thanhChuong(disaster), "donor", Map.of("type", "LOCALITY")), 400, "donor.name");
    }

    @Test
    void unknownDonorTypeIsRefused() {
        HttpAnswer answer = put(client, "/api/v1/donations/" + UUID.randomUUID(),
                with(thanhChuong(disaster), "donor", Map.of("name", "X", "type", "ALIEN")));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void unknownCurrencyIsRefused() {
        assertDonationRefused(with(thanhChuong(disaster), "cash", List.of(Map.of("currency", "XYZ", "amount", 5))), 422,
                "cash[0].currency");
    }

    @Test
    void foreignMoneyWithoutTheRateUsedIsRefused() {
        assertDonationRefused(with(thanhChuong(disaster), "cash", List.of(Map.of("currency", "USD", "amount", 500))), 422,
                "cash[0].vndRate");
    }

    @Test
    void aFractionOfTheMinorUnitIsRefused() {
        assertDonationRefused(with(thanhChuong(disaster), "cash", List.of(Map.of("currency", "VND", "amount", 1.5))), 400,
                "cash[0].amount");
    }

    @Test
    void negativeMoneyIsRefused() {
        assertDonationRefused(with(thanhChuong(disaster), "cash", List.of(vnd(-5))), 400, "cash[0].amount");
    }

    @Test
    void theSameCurrencyTwiceIsRefused() {
        assertDonationRefused(with(thanhChuong(disaster), "cash", List.of(vnd(5), vnd(6))), 422, "cash[1].currency");
    }

    @Test
    void aDonationOfNothingIsRefused() {
        Map<String, Object> nothing = with(with(thanhChuong(disaster), "cash", null), "inKind", null);
        assertDonationRefused(nothing, 422, "cash");
    }

    @Test
    void aDistrictAfterTheDistrictsWereAbolishedIsNoTarget() {
        assertDonationRefused(with(thanhChuong(disaster), "pledgedAt", "2025-08-01T00:00:00Z"), 422, "targetAreaCode");
    }

    @Test
    void aPledgeFromTheFutureIsRefused() {
        assertDonationRefused(with(thanhChuong(disaster), "pledgedAt", Instant.now().plus(1, ChronoUnit.HOURS).toString()), 422,
                "pledgedAt");
    }

    @Test
    void unknownFieldIsRefused() {
        HttpAnswer answer = put(client, "/api/v1/donations/" + UUID.randomUUID(), with(thanhChuong(disaster), "amount", 5));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body()).contains("amount");
    }

    @Test
    void malformedJsonIsRefused() {
        HttpAnswer answer = HttpAnswer.send(client, HttpRequest.PUT("/api/v1/donations/" + UUID.randomUUID(), "{\"donor\": ")
                .contentType(MediaType.APPLICATION_JSON));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void aReceiptForADonationNobodyPledgedIsNotFound() {
        HttpAnswer answer = put(client, "/api/v1/donations/" + UUID.randomUUID() + "/receipts/" + UUID.randomUUID(),
                receipt(vnd(5)));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void aReceiptInACurrencyThatWasNotPledgedIsRefused() {
        UUID donationId = UUID.randomUUID();
        put(client, "/api/v1/donations/" + donationId, cashPledge(disaster, 100L));
        assertRefused("donations/" + donationId + "/receipts", receipt(foreign("EUR", 100, "27000")), 422, "cash[0].amount");
    }

    @Test
    void anAllocationToAnUnknownAreaIsRefused() {
        UUID donationId = receivedCash(client, disaster, 100L);
        assertRefused("allocations", allocation(donationId, "99999", 10L), 422, "areaCode");
    }

    @Test
    void anAllocationWithoutASectorIsRefused() {
        UUID donationId = receivedCash(client, disaster, 100L);
        assertRefused("allocations", with(allocation(donationId, SONG_HIEN, 10L), "sector", null), 400, "sector");
    }

    @Test
    void anAllocationFromADonationNobodyPledgedIsRefused() {
        assertRefused("allocations", allocation(UUID.randomUUID(), SONG_HIEN, 10L), 422, "donationId");
    }

    @Test
    void aDistributionOfAnAllocationNobodyMadeIsRefused() {
        assertRefused("distributions", Map.of("allocationId", UUID.randomUUID(), "areaCode", SONG_HIEN,
                "distributedAt", "2024-09-20T03:00:00Z", "households", 3, "cash", List.of(vnd(1))), 422, "allocationId");
    }

    @Test
    void aDistributionToNoHouseholdsIsRefused() {
        assertRefused("distributions", Map.of("allocationId", UUID.randomUUID(), "areaCode", SONG_HIEN,
                "distributedAt", "2024-09-20T03:00:00Z", "households", 0, "cash", List.of(vnd(1))), 400, "households");
    }
}
