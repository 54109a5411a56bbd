package org.recoverytracker.system.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.damage.DamageReportAmended;
import org.recoverytracker.contracts.damage.DamageReportSubmitted;
import org.recoverytracker.contracts.event.CloudEventHeaders;
import org.recoverytracker.contracts.event.EventTypes;
import org.recoverytracker.testkit.RunningSystem;
import org.recoverytracker.testkit.TopicReader;

/**
 * Poison on the damage topic goes to {@code recovery.damage-reports.v1.dlt} with its reason and the totals go on; once
 * the cause is fixed, {@code ./recovery dlt replay} sends the dead letters back and they count, once.
 */
class DeadLetterReplayIT {
    private static final String TOPIC = Topics.DAMAGE_REPORTS;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final String disaster = "dlt-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void theSystemRuns() {
        RunningSystem.get();
    }

    @Test
    void poisonRecordsLandInTheDeadLetterTopicWithTheirReasonAndTheTotalsGoOn() {
        UUID unreadable = UUID.randomUUID();
        UUID unknownType = UUID.randomUUID();
        UUID untyped = UUID.randomUUID();
        UUID unknownArea = UUID.randomUUID();
        byte[] broken = "{\"eventId\": \"not even closed".getBytes(StandardCharsets.UTF_8);
        RawTopic.send(TOPIC, unreadable.toString(), broken, headers(UUID.randomUUID(), DamageReportSubmitted.class));
        Map<String, String> strange = headers(UUID.randomUUID(), DamageReportSubmitted.class);
        strange.put(CloudEventHeaders.TYPE, "org.recoverytracker.damage.DamageReportTeleported");
        RawTopic.send(TOPIC, unknownType.toString(), submitted(UUID.randomUUID(), unknownType, "01267", 1), strange);
        Map<String, String> noType = headers(UUID.randomUUID(), DamageReportSubmitted.class);
        noType.remove(CloudEventHeaders.TYPE);
        RawTopic.send(TOPIC, untyped.toString(), submitted(UUID.randomUUID(), untyped, "01267", 1), noType);
        UUID eventId = UUID.randomUUID();
        RawTopic.send(TOPIC, unknownArea.toString(), submitted(eventId, unknownArea, "99999", 1),
                headers(eventId, DamageReportSubmitted.class));
        UUID good = UUID.randomUUID();
        UUID goodEvent = UUID.randomUUID();
        RawTopic.send(TOPIC, good.toString(), submitted(goodEvent, good, "01270", 7), headers(goodEvent, DamageReportSubmitted.class));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deaths("01270")).isEqualByComparingTo("7"));
        await().atMost(PATIENCE).untilAsserted(() -> {
            for (UUID key : List.of(unreadable, unknownType, untyped, unknownArea)) {
                List<ConsumerRecord<String, String>> letters = TopicReader.byKey(Topics.deadLetter(TOPIC), key.toString());
                assertThat(letters).as("dead letters of " + key).isNotEmpty();
                assertThat(TopicReader.header(letters.getFirst(), CloudEventHeaders.DLT_REASON)).as("reason").isNotBlank();
            }
        });
        ConsumerRecord<String, String> letter = TopicReader.byKey(Topics.deadLetter(TOPIC), unreadable.toString()).getFirst();
        assertThat(letter.value()).as("the original bytes, untouched").isEqualTo(new String(broken, StandardCharsets.UTF_8));
        assertThat(TopicReader.header(letter, CloudEventHeaders.TYPE)).isEqualTo(EventTypes.typeOf(DamageReportSubmitted.class));
        assertThat(TopicReader.header(TopicReader.byKey(Topics.deadLetter(TOPIC), unknownArea.toString()).getFirst(),
                CloudEventHeaders.DLT_REASON)).contains("99999");
    }

    @Test
    void poisonOnTheAidAndRebuildTopicsLandsInTheirOwnDeadLetterTopicsWithTheReason() {
        for (String topic : List.of(Topics.AID_DONATIONS, Topics.REBUILD_PROGRESS)) {
            String key = UUID.randomUUID().toString();
            Map<String, String> headers = headers(UUID.randomUUID(), DamageReportSubmitted.class);
            headers.put(CloudEventHeaders.TYPE, "org.recoverytracker.SomethingTeleported");
            RawTopic.send(topic, key, "{}".getBytes(StandardCharsets.UTF_8), headers);

            await().atMost(PATIENCE).untilAsserted(() -> {
                List<ConsumerRecord<String, String>> letters = TopicReader.byKey(Topics.deadLetter(topic), key);
                assertThat(letters).as(topic).isNotEmpty();
                assertThat(TopicReader.header(letters.getFirst(), CloudEventHeaders.DLT_REASON)).contains("SomethingTeleported");
            });
        }
    }

    @Test
    void anAmendmentDeadLetteredBeforeItsSubmissionCountsOnceWhenReplayedAfterTheSubmissionArrives() {
        Instant started = Instant.now();
        UUID report = UUID.randomUUID();
        UUID amendment = UUID.randomUUID();
        RawTopic.send(TOPIC, report.toString(), amended(amendment, report, 1, 5, 0), headers(amendment, DamageReportAmended.class));
        await().atMost(PATIENCE).until(() -> !TopicReader.byKey(Topics.deadLetter(TOPIC), report.toString()).isEmpty());

        UUID submission = UUID.randomUUID();
        RawTopic.send(TOPIC, report.toString(), submitted(submission, report, "01273", 3),
                headers(submission, DamageReportSubmitted.class));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deaths("01273")).isEqualByComparingTo("3"));

        String output = DeadLetterTool.replay(TOPIC, "it-replay-" + UUID.randomUUID(), started);
        assertThat(output).contains("replayed");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deaths("01273")).as("the amended figure stands")
                .isEqualByComparingTo("5"));

        // the same dead letters replayed again: the consumer knows the event id and takes nothing twice
        DeadLetterTool.replay(TOPIC, "it-replay-" + UUID.randomUUID(), started);
        UUID later = UUID.randomUUID();
        RawTopic.send(TOPIC, report.toString(), amended(later, report, 2, 6, 0), headers(later, DamageReportAmended.class));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deaths("01273")).isEqualByComparingTo("6"));
        assertThat(TopicReader.byKey(Topics.deadLetter(TOPIC), report.toString())).as("dead-lettered only the first time").hasSize(1);
    }

    /** The headline of deaths, read in the boundaries of the reports' time (the disaster is never declared here). */
    private BigDecimal deaths(String area) {
        Wire.Answer answer = new Wire(Duration.ofSeconds(10)).send("GET", RunningSystem.get()
                .gateway("/api/v1/totals/damage?disaster=" + disaster + "&area=" + area + "&boundaries=2024-09-12"), null)
                .orElseThrow();
        for (JsonNode figure : answer.json().path("figures")) {
            if ("DR-P01".equals(figure.path("indicator").asText()) && "GOV".equals(figure.path("source").asText())) {
                return figure.path("value").decimalValue();
            }
        }
        return BigDecimal.valueOf(-1);
    }

    private static Map<String, String> headers(UUID eventId, Class<?> type) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.ID, eventId.toString());
        headers.put(CloudEventHeaders.SOURCE, "/reliability-test");
        headers.put(CloudEventHeaders.TYPE, EventTypes.typeOf(type));
        headers.put(CloudEventHeaders.TIME, "2024-09-12T05:30:00Z");
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return headers;
    }

    private byte[] submitted(UUID eventId, UUID reportId, String area, int dead) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", eventId.toString());
        event.put("occurredAt", "2024-09-12T05:30:00Z");
        event.put("reportId", reportId.toString());
        event.put("version", 1);
        event.put("disasterId", disaster);
        event.put("areaCode", area);
        event.put("asOf", "2024-09-12T05:30:00Z");
        event.put("source", "GOV");
        event.put("reportType", "DAILY");
        event.put("figures", Map.of("DR-P01", dead, "DR-P02", 2));
        event.put("submittedBy", "field.reliability");
        event.put("submittedAt", "2024-09-12T06:00:00Z");
        return Wire.bytes(event);
    }

    private byte[] amended(UUID eventId, UUID reportId, int replaces, int dead, int missing) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", eventId.toString());
        event.put("occurredAt", "2024-09-13T02:00:00Z");
        event.put("reportId", reportId.toString());
        event.put("version", replaces + 1);
        event.put("replacesVersion", replaces);
        event.put("disasterId", disaster);
        event.put("areaCode", "01273");
        event.put("asOf", "2024-09-12T05:30:00Z");
        event.put("source", "GOV");
        event.put("reportType", "DAILY");
        event.put("figures", Map.of("DR-P01", dead, "DR-P02", missing));
        event.put("amendedBy", "field.reliability");
        event.put("amendedAt", "2024-09-13T02:05:00Z");
        return Wire.bytes(event);
    }
}
