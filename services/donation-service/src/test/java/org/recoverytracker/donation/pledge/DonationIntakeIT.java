package org.recoverytracker.donation.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.recoverytracker.donation.DonationFixtures.cashPledge;
import static org.recoverytracker.donation.DonationFixtures.disasterId;
import static org.recoverytracker.donation.DonationFixtures.foreign;
import static org.recoverytracker.donation.DonationFixtures.fetch;
import static org.recoverytracker.donation.DonationFixtures.put;
import static org.recoverytracker.donation.DonationFixtures.receipt;
import static org.recoverytracker.donation.DonationFixtures.thanhChuong;
import static org.recoverytracker.donation.DonationFixtures.vnd;
import static org.recoverytracker.testkit.HttpAnswer.with;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.event.CloudEventHeaders;
import org.recoverytracker.donation.DonationServiceIT;
import org.recoverytracker.testkit.HttpAnswer;
import org.recoverytracker.testkit.TopicReader;

/** Pledges, amendments and receipts: stored once, published once, and never receiving more than was pledged. */
@MicronautTest(transactional = false)
class DonationIntakeIT extends DonationServiceIT {
    @Test
    void sameDonationPledgedTwiceIsStoredAndPublishedOnce() {
        UUID donationId = UUID.randomUUID();
        Map<String, Object> pledge = thanhChuong(disasterId());

        HttpAnswer first = put(client, "/api/v1/donations/" + donationId, pledge);
        HttpAnswer again = put(client, "/api/v1/donations/" + donationId, pledge);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.etag()).isEqualTo("\"1\"");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body()).contains("\"version\":1");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(published(donationId)).containsExactly("DonationPledged"));
        ConsumerRecord<String, String> event = TopicReader.byKey(Topics.AID_DONATIONS, donationId.toString()).getFirst();
        assertThat(TopicReader.header(event, CloudEventHeaders.SOURCE)).isEqualTo("/donation-service");
        assertThat(event.value()).contains("\"amount\":300000000").contains("\"targetAreaCode\":\"040\"");
    }

    @Test
    void sameIdWithDifferentContentIsRefusedAsConflict() {
        UUID donationId = UUID.randomUUID();
        String disaster = disasterId();
        put(client, "/api/v1/donations/" + donationId, cashPledge(disaster, 50_000_000L));

        HttpAnswer conflict = put(client, "/api/v1/donations/" + donationId, cashPledge(disaster, 60_000_000L));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).isEqualTo("application/problem+json");
        assertThat(fetch(client, "/api/v1/donations/" + donationId).body()).contains("\"amount\":50000000").doesNotContain("60000000");
    }

    @Test
    void theFourHundredMillionReceivedAtOnceIsAPledgeWithOneReceiptOfEverything() {
        UUID donationId = UUID.randomUUID();

        HttpAnswer answer = put(client, "/api/v1/donations/" + donationId,
                with(thanhChuong(disasterId()), "receivedAt", "2024-09-14T03:00:00Z"));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body()).contains("\"version\":2").contains("\"receiptId\"");
        String donation = fetch(client, "/api/v1/donations/" + donationId).body();
        assertThat(donation).contains("\"received\":{\"cash\":[{\"currency\":\"VND\",\"amount\":300000000,\"vndEquivalent\":300000000}]")
                .contains("{\"item\":\"Gạo\",\"quantity\":5,\"unit\":\"t\",\"estimatedValueVnd\":75000000}")
                .contains("\"valueVnd\":400000000");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(published(donationId))
                .containsExactly("DonationPledged", "DonationReceived"));
    }

    @Test
    void partialReceiptsAddUpButNeverBeyondThePledge() {
        UUID donationId = UUID.randomUUID();
        put(client, "/api/v1/donations/" + donationId, cashPledge(disasterId(), 300_000_000L));

        HttpAnswer first = put(client, "/api/v1/donations/" + donationId + "/receipts/" + UUID.randomUUID(), receipt(vnd(100_000_000L)));
        HttpAnswer second = put(client, "/api/v1/donations/" + donationId + "/receipts/" + UUID.randomUUID(), receipt(vnd(150_000_000L)));
        UUID tooMuch = UUID.randomUUID();
        HttpAnswer refused = put(client, "/api/v1/donations/" + donationId + "/receipts/" + tooMuch, receipt(vnd(100_000_000L)));

        assertThat(first.body()).contains("\"version\":2");
        assertThat(second.body()).contains("\"version\":3");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("\"name\":\"cash[0].amount\"").contains("50000000 VND short");
        assertThat(fetch(client, "/api/v1/donations/" + donationId + "/receipts/" + tooMuch).status()).isEqualTo(404);
        assertThat(fetch(client, "/api/v1/donations/" + donationId).body())
                .contains("\"received\":{\"cash\":[{\"currency\":\"VND\",\"amount\":250000000,");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(published(donationId))
                .containsExactly("DonationPledged", "DonationReceived", "DonationReceived"));
    }

    @Test
    void sameReceiptTwiceIsRecordedOnceAndItsIdCannotBeReusedForAnotherDonation() {
        String disaster = disasterId();
        UUID donationId = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        put(client, "/api/v1/donations/" + donationId, cashPledge(disaster, 300_000_000L));
        put(client, "/api/v1/donations/" + other, cashPledge(disaster, 300_000_000L));
        UUID receiptId = UUID.randomUUID();

        HttpAnswer first = put(client, "/api/v1/donations/" + donationId + "/receipts/" + receiptId, receipt(vnd(100_000_000L)));
        HttpAnswer again = put(client, "/api/v1/donations/" + donationId + "/receipts/" + receiptId, receipt(vnd(100_000_000L)));
        HttpAnswer elsewhere = put(client, "/api/v1/donations/" + other + "/receipts/" + receiptId, receipt(vnd(100_000_000L)));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(elsewhere.status()).isEqualTo(409);
        assertThat(fetch(client, "/api/v1/donations/" + donationId).body()).contains("\"amount\":100000000,\"vndEquivalent\":100000000}]");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(published(donationId))
                .containsExactly("DonationPledged", "DonationReceived"));
    }

    @Test
    void foreignMoneyIsReceivedWithTheRateUsedAndItsVndEquivalent() {
        UUID donationId = UUID.randomUUID();
        Map<String, Object> pledge = with(cashPledge(disasterId(), 1L), "cash", List.of(foreign("USD", 1_000_000L, "25300")));
        put(client, "/api/v1/donations/" + donationId, pledge);

        HttpAnswer received = put(client, "/api/v1/donations/" + donationId + "/receipts/" + UUID.randomUUID(),
                receipt(foreign("USD", 400_000L, "25385.5")));

        assertThat(received.status()).isEqualTo(201);
        assertThat(fetch(client, "/api/v1/donations/" + donationId).body())
                .contains("\"received\":{\"cash\":[{\"currency\":\"USD\",\"amount\":400000,\"vndEquivalent\":101542000}]");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(TopicReader.byKey(Topics.AID_DONATIONS,
                donationId.toString())).last().extracting(ConsumerRecord::value).asString()
                .contains("{\"currency\":\"USD\",\"amount\":400000,\"vndRate\":25385.5,\"vndEquivalent\":101542000}"));
    }

    @Test
    void amendmentNamingTheCurrentVersionReplacesThePledgeAndAStaleOneIsRefused() {
        String disaster = disasterId();
        UUID donationId = UUID.randomUUID();
        put(client, "/api/v1/donations/" + donationId, cashPledge(disaster, 100_000_000L));
        Map<String, Object> corrected = cashPledge(disaster, 1_000_000_000L);

        HttpAnswer amended = send(HttpRequest.PUT("/api/v1/donations/" + donationId, corrected).header("If-Match", "\"1\""));
        HttpAnswer retried = send(HttpRequest.PUT("/api/v1/donations/" + donationId, corrected).header("If-Match", "\"1\""));
        HttpAnswer stale = send(HttpRequest.PUT("/api/v1/donations/" + donationId, cashPledge(disaster, 7L)).header("If-Match", "\"1\""));

        assertThat(amended.status()).isEqualTo(200);
        assertThat(amended.etag()).isEqualTo("\"2\"");
        assertThat(retried.body()).isEqualTo(amended.body());
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body()).contains("If-Match");
        assertThat(fetch(client, "/api/v1/donations/" + donationId).body()).contains("\"amount\":1000000000");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(published(donationId))
                .containsExactly("DonationPledged", "DonationAmended"));
    }

    @Test
    void anAmendedPledgeMustStillCoverWhatWasReceived() {
        String disaster = disasterId();
        UUID donationId = UUID.randomUUID();
        put(client, "/api/v1/donations/" + donationId, cashPledge(disaster, 300_000_000L));
        put(client, "/api/v1/donations/" + donationId + "/receipts/" + UUID.randomUUID(), receipt(vnd(200_000_000L)));

        HttpAnswer refused = send(HttpRequest.PUT("/api/v1/donations/" + donationId, cashPledge(disaster, 150_000_000L))
                .header("If-Match", "\"2\""));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("\"name\":\"cash[0].amount\"").contains("200000000 VND was already received");
        assertThat(fetch(client, "/api/v1/donations/" + donationId).body()).contains("\"version\":2").contains("\"amount\":300000000");
    }

    private HttpAnswer send(HttpRequest<?> request) {
        return HttpAnswer.send(client, request);
    }
}
