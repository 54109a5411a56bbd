package org.recoverytracker.donation.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.recoverytracker.donation.DonationFixtures.BAO_LAM;
import static org.recoverytracker.donation.DonationFixtures.CAO_BANG_CITY;
import static org.recoverytracker.donation.DonationFixtures.SONG_BANG;
import static org.recoverytracker.donation.DonationFixtures.SONG_HIEN;
import static org.recoverytracker.donation.DonationFixtures.allocation;
import static org.recoverytracker.donation.DonationFixtures.disasterId;
import static org.recoverytracker.donation.DonationFixtures.distribution;
import static org.recoverytracker.donation.DonationFixtures.fetch;
import static org.recoverytracker.donation.DonationFixtures.pooledAllocation;
import static org.recoverytracker.donation.DonationFixtures.put;
import static org.recoverytracker.donation.DonationFixtures.receivedCash;
import static org.recoverytracker.donation.DonationFixtures.thanhChuong;
import static org.recoverytracker.testkit.HttpAnswer.with;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.recoverytracker.donation.DonationServiceIT;
import org.recoverytracker.testkit.HttpAnswer;

/** Allocations and distributions move received aid on, never more than is there, even when they race. */
@MicronautTest(transactional = false)
class AllocationIT extends DonationServiceIT {
    @Test
    void receivedAidIsAllocatedToACommuneAndDistributedToItsHouseholds() {
        String disaster = disasterId();
        UUID donationId = UUID.randomUUID();
        put(client, "/api/v1/donations/" + donationId, with(thanhChuong(disaster), "receivedAt", "2024-09-15T00:00:00Z"));
        UUID allocationId = UUID.randomUUID();
        UUID distributionId = UUID.randomUUID();

        HttpAnswer allocated = put(client, "/api/v1/allocations/" + allocationId, allocation(donationId, SONG_HIEN, 200_000_000L));
        HttpAnswer distributed = put(client, "/api/v1/distributions/" + distributionId,
                distribution(allocationId, SONG_HIEN, 120, 150_000_000L));

        assertThat(allocated.status()).isEqualTo(201);
        assertThat(distributed.status()).isEqualTo(201);
        assertThat(fetch(client, "/api/v1/donations/" + donationId).body())
                .contains("\"allocated\":{\"cash\":[{\"currency\":\"VND\",\"amount\":200000000,\"vndEquivalent\":200000000}]");
        assertThat(fetch(client, "/api/v1/allocations/" + allocationId).body())
                .contains("\"distributed\":{\"cash\":[{\"currency\":\"VND\",\"amount\":150000000,");
        assertThat(fetch(client, "/api/v1/distributions/" + distributionId).body())
                .contains("\"households\":120").contains("\"sector\":\"HOUSING\"");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(published(allocationId)).containsExactly("AidAllocated");
            assertThat(published(distributionId)).containsExactly("AidDistributed");
        });
    }

    @Test
    void allocatingMoreThanWasReceivedIsRefusedNamingTheShortfallAndNothingChanges() {
        String disaster = disasterId();
        UUID donationId = receivedCash(client, disaster, 250_000_000L);
        UUID refusedId = UUID.randomUUID();

        HttpAnswer refused = put(client, "/api/v1/allocations/" + refusedId, allocation(donationId, SONG_HIEN, 300_000_000L));
        HttpAnswer exactlyWhatIsLeft = put(client, "/api/v1/allocations/" + UUID.randomUUID(),
                allocation(donationId, SONG_HIEN, 250_000_000L));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.body()).contains("\"name\":\"cash[0].amount\"").contains("50000000 VND short");
        assertThat(fetch(client, "/api/v1/allocations/" + refusedId).status()).isEqualTo(404);
        assertThat(exactlyWhatIsLeft.status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(published(refusedId)).isEmpty());
    }

    @Test
    void aPledgeAloneCannotBeAllocated() {
        String disaster = disasterId();
        UUID donationId = UUID.randomUUID();
        put(client, "/api/v1/donations/" + donationId, thanhChuong(disaster));

        HttpAnswer refused = put(client, "/api/v1/allocations/" + UUID.randomUUID(), allocation(donationId, SONG_HIEN, 1L));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("only 0 VND is left");
    }

    @Test
    void thePoolServesEveryReceiptOfItsFundButPoolAndDonationsTogetherNeverExceedIt() {
        String disaster = disasterId();
        UUID first = receivedCash(client, disaster, 100_000_000L);
        receivedCash(client, disaster, 100_000_000L);
        receivedCash(client, disasterId(), 500_000_000L);

        HttpAnswer pooled = put(client, "/api/v1/allocations/" + UUID.randomUUID(), pooledAllocation(disaster, SONG_BANG, 150_000_000L));
        HttpAnswer poolOverdrawn = put(client, "/api/v1/allocations/" + UUID.randomUUID(),
                pooledAllocation(disaster, SONG_BANG, 60_000_000L));
        HttpAnswer donationBeyondThePool = put(client, "/api/v1/allocations/" + UUID.randomUUID(),
                allocation(first, SONG_BANG, 100_000_000L));

        assertThat(pooled.status()).isEqualTo(201);
        assertThat(poolOverdrawn.status()).isEqualTo(422);
        assertThat(poolOverdrawn.body()).contains("the fund of " + disaster).contains("10000000 VND short");
        assertThat(donationBeyondThePool.status()).isEqualTo(422);
        assertThat(donationBeyondThePool.body()).contains("50000000 VND short");
    }

    @Test
    void concurrentAllocationsNeverSpendMoreThanWasReceived() throws Exception {
        String disaster = disasterId();
        UUID donationId = receivedCash(client, disaster, 100_000_000L);
        List<Callable<HttpAnswer>> racers = IntStream.range(0, 8).<Callable<HttpAnswer>>mapToObj(i -> () -> put(client,
                "/api/v1/allocations/" + UUID.randomUUID(), allocation(donationId, SONG_HIEN, 30_000_000L))).toList();

        List<Integer> statuses;
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            statuses = pool.invokeAll(racers).stream().map(AllocationIT::status).toList();
        }

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == 422).hasSize(5);
        assertThat(fetch(client, "/api/v1/donations/" + donationId).body())
                .contains("\"allocated\":{\"cash\":[{\"currency\":\"VND\",\"amount\":90000000,");
    }

    @Test
    void aDonationForAnAreaIsAllocatedThereOrInsideItOnly() {
        String disaster = disasterId();
        UUID donationId = UUID.randomUUID();
        put(client, "/api/v1/donations/" + donationId, with(thanhChuong(disaster), "receivedAt", "2024-09-15T00:00:00Z"));

        HttpAnswer elsewhere = put(client, "/api/v1/allocations/" + UUID.randomUUID(), allocation(donationId, BAO_LAM, 1_000_000L));
        HttpAnswer inside = put(client, "/api/v1/allocations/" + UUID.randomUUID(), allocation(donationId, SONG_HIEN, 1_000_000L));
        HttpAnswer itself = put(client, "/api/v1/allocations/" + UUID.randomUUID(), allocation(donationId, CAO_BANG_CITY, 1_000_000L));

        assertThat(elsewhere.status()).isEqualTo(422);
        assertThat(elsewhere.body()).contains("\"name\":\"areaCode\"");
        assertThat(inside.status()).isEqualTo(201);
        assertThat(itself.status()).isEqualTo(201);
    }

    @Test
    void aDistributionTakesNoMoreThanItsAllocationAndStaysInItsArea() {
        String disaster = disasterId();
        UUID donationId = receivedCash(client, disaster, 100_000_000L);
        UUID allocationId = UUID.randomUUID();
        put(client, "/api/v1/allocations/" + allocationId, allocation(donationId, SONG_HIEN, 80_000_000L));

        HttpAnswer tooMuch = put(client, "/api/v1/distributions/" + UUID.randomUUID(), distribution(allocationId, SONG_HIEN, 50, 90_000_000L));
        HttpAnswer otherWard = put(client, "/api/v1/distributions/" + UUID.randomUUID(), distribution(allocationId, SONG_BANG, 50, 1L));
        HttpAnswer sameAgainTwice = put(client, "/api/v1/distributions/" + allocationId, distribution(allocationId, SONG_HIEN, 5, 1L));

        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.body()).contains("10000000 VND short");
        assertThat(otherWard.status()).isEqualTo(422);
        assertThat(otherWard.body()).contains("\"name\":\"areaCode\"");
        assertThat(sameAgainTwice.status()).as("an allocation's id cannot name a distribution").isEqualTo(409);
        assertThat(fetch(client, "/api/v1/allocations/" + allocationId).body())
                .contains("\"distributed\":{\"cash\":[],\"inKind\":[],\"valueVnd\":0}");
    }

    private static int status(Future<HttpAnswer> answer) {
        try {
            return answer.get().status();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
