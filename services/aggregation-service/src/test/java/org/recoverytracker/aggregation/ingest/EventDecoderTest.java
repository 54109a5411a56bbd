package org.recoverytracker.aggregation.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.recoverytracker.aggregation.DamageEventMother;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.damage.DamageEvent;
import org.recoverytracker.contracts.damage.DamageReportSubmitted;
import org.recoverytracker.contracts.event.CloudEventHeaders;

class EventDecoderTest {
    private final ObjectMapper json = ObjectMapper.getDefault();
    private final EventDecoder decoder = new EventDecoder(json);
    private final DamageReportSubmitted report = DamageEventMother.submitted("2024-yagi", "01696",
            Instant.parse("2024-09-12T01:00:00Z"), Map.of("DR-P01", 3));

    @Test
    void ceTypeHeaderPicksTheRecordClass() throws IOException {
        Decoded<DamageEvent> decoded = decoder.decode(record(json.writeValueAsBytes(report), CloudEventHeaders.of(report, "/x")),
                DamageEvent.class);

        assertEquals(new Decoded.Event<>(report, "org.recoverytracker.DamageReportSubmitted"), decoded);
    }

    @Test
    void recordWithoutCeTypeIsPoison() throws IOException {
        assertEquals(new Decoded.Poison<>("missing header ce_type"),
                decoder.decode(record(json.writeValueAsBytes(report), Map.of()), DamageEvent.class));
    }

    @Test
    void eventOfAnotherTopicIsPoison() throws IOException {
        Decoded<DamageEvent> decoded = decoder.decode(record(json.writeValueAsBytes(report),
                Map.of(CloudEventHeaders.TYPE, "org.recoverytracker.DonationPledged")), DamageEvent.class);

        assertEquals(new Decoded.Poison<>("unknown ce_type org.recoverytracker.DonationPledged on " + Topics.DAMAGE_REPORTS),
                decoded);
    }

    @Test
    void payloadMissingARequiredFieldIsPoison() {
        String withoutArea = "{\"eventId\":\"" + report.eventId() + "\",\"occurredAt\":\"2024-09-12T01:00:00Z\"}";

        Decoded<DamageEvent> decoded = decoder.decode(record(withoutArea.getBytes(StandardCharsets.UTF_8),
                CloudEventHeaders.of(report, "/x")), DamageEvent.class);

        assertTrue(assertInstanceOf(Decoded.Poison.class, decoded).reason().startsWith("unreadable org.recoverytracker.DamageReportSubmitted"));
    }

    private static ConsumerRecord<String, byte[]> record(byte[] value, Map<String, String> headers) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.DAMAGE_REPORTS, 0, 7L, "key", value);
        headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        return record;
    }
}
