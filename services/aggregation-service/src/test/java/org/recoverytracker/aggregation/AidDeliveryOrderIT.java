package org.recoverytracker.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.recoverytracker.aggregation.AidEvents.SONG_BANG;
import static org.recoverytracker.aggregation.AidEvents.SONG_HIEN;
import static org.recoverytracker.aggregation.DamageEventMother.CITY;
import static org.recoverytracker.aggregation.DamageEventMother.HOANG_TUNG;
import static org.recoverytracker.aggregation.DamageEventMother.HOA_AN;
import static org.recoverytracker.aggregation.DamageEventMother.NGUYEN_HUE;
import static org.recoverytracker.aggregation.DamageEventMother.PROVINCE;
import static org.recoverytracker.aggregation.DamageEventMother.declared;
import static org.recoverytracker.aggregation.DamageEventMother.newDisaster;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.aid.AidAllocated;
import org.recoverytracker.contracts.aid.AidDistributed;
import org.recoverytracker.contracts.aid.AidEvent;
import org.recoverytracker.contracts.aid.Cash;
import org.recoverytracker.contracts.aid.DonationAmended;
import org.recoverytracker.contracts.aid.DonationPledged;
import org.recoverytracker.contracts.aid.DonationReceived;
import org.recoverytracker.contracts.aid.Donor;
import org.recoverytracker.contracts.aid.DonorType;
import org.recoverytracker.contracts.aid.Pledge;

/**
 * Issue 9 for aid, as a model: random donation histories (pledged, then amended — at times to another area — and
 * received in parts, in any mix, on one version sequence) are delivered the way a relay whose send failed may put
 * them on the topic ({@link RelayedDelivery}), with allocations and distributions beside them; every area's aid must
 * equal what the histories say when replayed in order: each donation's last pledge and all its receipts counted in
 * its last target area (the province when it names none), allocations and distributions in their own, summed upwards.
 */
@MicronautTest(transactional = false)
class AidDeliveryOrderIT extends RunningServiceIT {
    /** Where a donation may be for ({@code null}: the province as a whole) and each area's parent. */
    private static final List<String> TARGETS = Arrays.asList(null, CITY, SONG_HIEN, SONG_BANG, HOA_AN, HOANG_TUNG, NGUYEN_HUE);
    private static final Map<String, String> PARENTS = Map.of(CITY, PROVINCE, SONG_HIEN, CITY, SONG_BANG, CITY,
            HOA_AN, PROVINCE, HOANG_TUNG, HOA_AN, NGUYEN_HUE, HOA_AN);
    private static final List<String> STATES = List.of("pledged", "received", "allocated", "distributed");
    private static final Donor DONOR = new Donor("Hội Chữ thập đỏ tỉnh Cao Bằng", DonorType.ORGANISATION, false);
    private static final int DONATIONS = 40;

    final EventTopic aid = new EventTopic(Topics.AID_DONATIONS);

    @AfterAll
    void closeAid() {
        aid.close();
    }

    @Test
    void aidTotalsDoNotDependOnTheOrderADonationsEventsArriveIn() {
        long seed = RelayedDelivery.seed();
        Random random = new Random(seed);
        String disaster = newDisaster("aid-order");
        topic.publish(declared(disaster));
        List<List<AidEvent>> histories = new ArrayList<>();
        for (int i = 0; i < DONATIONS; i++) {
            List<AidEvent> history = history(random, disaster);
            histories.add(history);
            aid.publish(RelayedDelivery.asRelayed(random, history).toArray(AidEvent[]::new));
            if (random.nextBoolean()) {
                AidAllocated allocation = AidEvents.allocated(((DonationPledged) history.getFirst()).donationId(),
                        disaster, area(random), vnd(random));
                aid.publish(allocation);
                histories.add(List.of(allocation));
                if (random.nextBoolean()) {
                    AidDistributed distribution = AidEvents.distributed(allocation, allocation.areaCode(),
                            1 + random.nextInt(200), vnd(random));
                    aid.publish(distribution);
                    histories.add(List.of(distribution));
                }
            }
        }
        awaitConsumed(Topics.DAMAGE_REPORTS);
        awaitConsumed(Topics.AID_DONATIONS);

        Map<String, List<Long>> expected = expected(histories);
        Map<String, List<Long>> actual = new TreeMap<>();
        expected.keySet().forEach(area -> actual.put(area,
                figures(api.json("/api/v1/totals/aid?disaster=" + disaster + "&area=" + area))));
        assertEquals(expected, actual, "-Drecovery.delivery-order.seed=" + seed + " replays this run");
    }

    /** A donation's life as donation-service records it: pledged (v1), then amendments and receipts on one sequence. */
    private static List<AidEvent> history(Random random, String disaster) {
        DonationPledged pledged = new DonationPledged(UUID.randomUUID(), AidEvents.PLEDGED_AT, UUID.randomUUID(), 1,
                new Pledge(DONOR, disaster, target(random), AidEvents.PLEDGED_AT, List.of(Cash.vnd(vnd(random))), List.of(),
                        null), "coordinator", AidEvents.PLEDGED_AT);
        List<AidEvent> events = new ArrayList<>(List.of(pledged));
        int changes = random.nextInt(5);
        for (int i = 0; i < changes; i++) {
            int version = events.size() + 1;
            events.add(random.nextBoolean()
                    ? AidEvents.amended(pledged, version, target(random), List.of(Cash.vnd(vnd(random))))
                    : AidEvents.received(pledged.donationId(), version, List.of(Cash.vnd(vnd(random))), List.of()));
        }
        return events;
    }

    private static String target(Random random) {
        return TARGETS.get(random.nextInt(TARGETS.size()));
    }

    private static String area(Random random) {
        return TARGETS.get(1 + random.nextInt(TARGETS.size() - 1));
    }

    /** Whole millions, so that every mix-up shows in the sums. */
    private static long vnd(Random random) {
        return (1 + random.nextInt(1_000)) * 1_000_000L;
    }

    /**
     * The model: each history replayed in order, every amount counted in its area and every area above it, as
     * {@code [pledged, received, allocated, distributed VND, households]}.
     */
    private static Map<String, List<Long>> expected(List<List<AidEvent>> histories) {
        Map<String, long[]> sums = new TreeMap<>();
        sums.put(PROVINCE, new long[5]);
        PARENTS.keySet().forEach(area -> sums.put(area, new long[5]));
        for (List<AidEvent> history : histories) {
            Pledge pledge = null;
            List<Long> receipts = new ArrayList<>();
            for (AidEvent event : history) {
                switch (event) {
                    case DonationPledged pledged -> pledge = pledged.pledge();
                    case DonationAmended amended -> pledge = amended.pledge();
                    case DonationReceived received -> receipts.add(value(received.cash()));
                    case AidAllocated allocated -> add(sums, allocated.areaCode(), 2, value(allocated.cash()));
                    case AidDistributed distributed -> {
                        add(sums, distributed.areaCode(), 3, value(distributed.cash()));
                        add(sums, distributed.areaCode(), 4, distributed.households());
                    }
                }
            }
            if (pledge != null) {
                add(sums, pledge.targetAreaCode(), 0, value(pledge.cash()));
                for (long receipt : receipts) {
                    add(sums, pledge.targetAreaCode(), 1, receipt);
                }
            }
        }
        Map<String, List<Long>> expected = new TreeMap<>();
        sums.forEach((area, values) -> expected.put(area, Arrays.stream(values).boxed().toList()));
        return expected;
    }

    private static void add(Map<String, long[]> sums, String area, int figure, long amount) {
        for (String at = area == null ? PROVINCE : area; at != null; at = PARENTS.get(at)) {
            sums.get(at)[figure] += amount;
        }
    }

    private static long value(List<Cash> cash) {
        return cash.stream().mapToLong(Cash::vndEquivalent).sum();
    }

    /** An area's aid answer as {@code [pledged, received, allocated, distributed VND, households]}. */
    private static List<Long> figures(JsonNode totals) {
        List<Long> figures = new ArrayList<>();
        STATES.forEach(state -> figures.add(totals.get(state).get("valueVnd").getLongValue()));
        JsonNode households = totals.get("distributed").get("households");
        figures.add(households == null || households.isNull() ? 0L : households.getLongValue());
        return figures;
    }
}
