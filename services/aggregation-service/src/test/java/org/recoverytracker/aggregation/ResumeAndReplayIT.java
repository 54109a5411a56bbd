package org.recoverytracker.aggregation;

import static org.recoverytracker.aggregation.Eventually.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recoverytracker.aggregation.DamageEventMother.DEAD;
import static org.recoverytracker.aggregation.DamageEventMother.HOANG_TUNG;
import static org.recoverytracker.aggregation.DamageEventMother.HOA_AN;
import static org.recoverytracker.aggregation.DamageEventMother.HOP_GIANG;
import static org.recoverytracker.aggregation.DamageEventMother.MISSING;
import static org.recoverytracker.aggregation.DamageEventMother.NGUYEN_HUE;
import static org.recoverytracker.aggregation.DamageEventMother.amended;
import static org.recoverytracker.aggregation.DamageEventMother.declared;
import static org.recoverytracker.aggregation.DamageEventMother.hoursAfterMorning;
import static org.recoverytracker.aggregation.DamageEventMother.newDisaster;
import static org.recoverytracker.aggregation.DamageEventMother.rejected;
import static org.recoverytracker.aggregation.DamageEventMother.submitted;
import static org.recoverytracker.aggregation.DamageEventMother.verified;
import static org.recoverytracker.aggregation.TotalsApi.value;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.damage.DamageReportSubmitted;
import org.recoverytracker.contracts.damage.Source;
import org.recoverytracker.testkit.TestStack;

/** The exactly-once effect across restarts, and a full replay of the topic into an empty database. */
class ResumeAndReplayIT {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String FAR_FUTURE = "2030-01-01T00:00:00Z";

    @Test
    void restartResumesFromStoredOffsetsAndReplayIntoAnEmptyDatabaseGivesIdenticalTotals() {
        Map<String, Object> service = properties(TestStack.get().serviceProperties(getClass(), "aggregation"), "it-resume-");
        String disaster = newDisaster("replay");
        DamageReportSubmitted hoangTung = submitted(disaster, HOANG_TUNG, hoursAfterMorning(1), Map.of(DEAD, 3, MISSING, 2));
        DamageReportSubmitted nguyenHue = submitted(disaster, NGUYEN_HUE, hoursAfterMorning(2), Map.of(DEAD, 4));
        DamageReportSubmitted doubleCounted = submitted(disaster, NGUYEN_HUE, hoursAfterMorning(4), Map.of(DEAD, 9));
        DamageReportSubmitted community = submitted(disaster, HOANG_TUNG, hoursAfterMorning(3), Source.COMMUNITY, Map.of(DEAD, 6));
        DamageReportSubmitted district = submitted(disaster, HOA_AN, hoursAfterMorning(5), Map.of(DEAD, 11));
        DamageReportSubmitted city = submitted(disaster, HOP_GIANG, hoursAfterMorning(6), Map.of(DEAD, 1));

        try (EventTopic topic = new EventTopic(Topics.DAMAGE_REPORTS)) {
            topic.publish(declared(disaster), hoangTung, nguyenHue, doubleCounted, community,
                    amended(hoangTung, 2, Map.of(DEAD, 4, MISSING, 1)), verified(nguyenHue, 1));
            try (EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, service);
                 TotalsApi api = new TotalsApi(first.getURL())) {
                awaitProvinceDead(api, disaster, new BigDecimal(13));
                // each partition has its own consumer: the test's figures can stand before another partition is read
                RunningServiceIT.awaitConsumed((String) service.get("datasources.default.url"),
                        (String) service.get("recovery.aggregation.group-id"), Topics.DAMAGE_REPORTS);
            }

            topic.publish(rejected(doubleCounted, 2), district, city, nguyenHue);
            String resumed;
            try (EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, service);
                 TotalsApi api = new TotalsApi(second.getURL())) {
                awaitProvinceDead(api, disaster, new BigDecimal(12));
                MeterRegistry meters = second.getApplicationContext().getBean(MeterRegistry.class);
                assertEquals(1.0, count(meters, "duplicate"), "only the redelivered report is seen again");
                String scrape = api.text("/prometheus");
                assertTrue(scrape.contains("aggregation_consumer_lag{partition="), scrape);
                assertTrue(scrape.contains("aggregation_events_total{outcome=\"applied\",topic=\"recovery.damage-reports.v1\"}"));
                resumed = snapshot(api, disaster);
            }

            Map<String, Object> fresh = new HashMap<>(service);
            fresh.put("datasources.default.url", TestStack.get().freshDatabase("t_replay_" + UUID.randomUUID().toString()
                    .substring(0, 8)) + "?currentSchema=aggregation");
            fresh.put("recovery.aggregation.group-id", "it-replay-" + UUID.randomUUID());
            try (EmbeddedServer replay = ApplicationContext.run(EmbeddedServer.class, fresh);
                 TotalsApi api = new TotalsApi(replay.getURL())) {
                awaitProvinceDead(api, disaster, new BigDecimal(12));
                assertEquals(resumed, snapshot(api, disaster));
            }
        }
    }

    /** Every answer a coordinator could ask of this disaster, as the exact JSON text. */
    private static String snapshot(TotalsApi api, String disaster) {
        List<String> answers = List.of(
                api.totalsText("disaster=" + disaster + "&asOf=" + FAR_FUTURE),
                api.totalsText("disaster=" + disaster + "&area=" + HOA_AN + "&asOf=" + FAR_FUTURE),
                api.totalsText("disaster=" + disaster + "&area=" + HOA_AN + "&asOf=" + hoursAfterMorning(4)),
                api.totalsText("disaster=" + disaster + "&area=" + HOANG_TUNG + "&source=COMMUNITY&asOf=" + FAR_FUTURE));
        return String.join("\n", answers);
    }

    private static void awaitProvinceDead(TotalsApi api, String disaster, BigDecimal expected) {
        await(PATIENCE).untilAsserted(() ->
                assertEquals(expected, value(api.totals("disaster=" + disaster).get("figures"), DEAD)));
    }

    private static double count(MeterRegistry meters, String outcome) {
        return meters.find("aggregation.events").tag("outcome", outcome).counters().stream().mapToDouble(Counter::count).sum();
    }

    private static Map<String, Object> properties(Map<String, String> stack, String groupPrefix) {
        Map<String, Object> properties = new HashMap<>(stack);
        properties.put("recovery.aggregation.group-id", groupPrefix + UUID.randomUUID());
        return properties;
    }
}
