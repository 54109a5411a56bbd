package org.recoverytracker.aggregation;

import static org.recoverytracker.aggregation.Eventually.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recoverytracker.aggregation.DamageEventMother.DEAD;
import static org.recoverytracker.aggregation.DamageEventMother.HOANG_TUNG;
import static org.recoverytracker.aggregation.DamageEventMother.HOA_AN;
import static org.recoverytracker.aggregation.DamageEventMother.amended;
import static org.recoverytracker.aggregation.DamageEventMother.declared;
import static org.recoverytracker.aggregation.DamageEventMother.hoursAfterMorning;
import static org.recoverytracker.aggregation.DamageEventMother.newDisaster;
import static org.recoverytracker.aggregation.DamageEventMother.submitted;
import static org.recoverytracker.aggregation.TotalsApi.value;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.damage.DamageReportSubmitted;
import org.recoverytracker.contracts.event.CloudEventHeaders;

/** Poison on the topic goes to recovery.damage-reports.v1.dlt with its reason, and consumption goes on. */
@MicronautTest(transactional = false)
class DeadLetterIT extends RunningServiceIT {
    @Test
    void malformedRecordGoesToTheDeadLetterTopicAndLaterEventsOfItsPartitionAreStillApplied() {
        String disaster = newDisaster("poison");
        DamageReportSubmitted report = submitted(disaster, HOANG_TUNG, hoursAfterMorning(1), Map.of(DEAD, 4));
        byte[] garbage = "{\"reportId\": \"not json".getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>(CloudEventHeaders.of(report, "/damage-service"));
        headers.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

        topic.send(report.entityId(), garbage, headers);
        topic.publish(declared(disaster), report);

        await(PATIENCE).untilAsserted(() -> assertEquals(new BigDecimal(4),
                value(api.totals("disaster=" + disaster + "&area=" + HOA_AN).get("figures"), DEAD)));
        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(report.entityId());
        assertArrayEquals(garbage, dead.value());
        assertTrue(header(dead, CloudEventHeaders.DLT_REASON).startsWith("unreadable org.recoverytracker.DamageReportSubmitted"),
                header(dead, CloudEventHeaders.DLT_REASON));
        assertEquals(headers.get("traceparent"), header(dead, "traceparent"));
        assertEquals(headers.get(CloudEventHeaders.ID), header(dead, CloudEventHeaders.ID));
    }

    @Test
    void recordOfAnUnknownEventTypeIsDeadLettered() {
        String key = "unknown-type-" + UUID.randomUUID();
        topic.send(key, "{}".getBytes(StandardCharsets.UTF_8), Map.of(CloudEventHeaders.TYPE, "org.recoverytracker.DamageForecast"));

        assertEquals("unknown ce_type org.recoverytracker.DamageForecast on recovery.damage-reports.v1",
                header(awaitDeadLetter(key), CloudEventHeaders.DLT_REASON));
    }

    @Test
    void reportForAnAreaCodeUnknownOnItsDateIsDeadLettered() {
        String disaster = newDisaster("nowhere");
        DamageReportSubmitted report = submitted(disaster, "99999", hoursAfterMorning(1), Map.of(DEAD, 1));
        topic.publish(declared(disaster), report);

        assertTrue(header(awaitDeadLetter(report.entityId()), CloudEventHeaders.DLT_REASON)
                .endsWith("area 99999 is not a valid code on 2024-09-12"));
    }

    @Test
    void amendmentOfAReportNeverSubmittedIsDeadLettered() {
        String disaster = newDisaster("orphan");
        DamageReportSubmitted neverSent = submitted(disaster, HOANG_TUNG, hoursAfterMorning(1), Map.of(DEAD, 1));
        topic.publish(declared(disaster), amended(neverSent, 2, Map.of(DEAD, 2)));

        assertTrue(header(awaitDeadLetter(neverSent.entityId()), CloudEventHeaders.DLT_REASON)
                .endsWith("was amended but never submitted"));
    }

    private static ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        return await(PATIENCE).until(() -> EventTopic.deadLettersKeyed(Topics.DAMAGE_REPORTS, key), list -> !list.isEmpty()).getFirst();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

}
