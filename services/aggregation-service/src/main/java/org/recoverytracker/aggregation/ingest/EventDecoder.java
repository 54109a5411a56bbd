package org.recoverytracker.aggregation.ingest;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.recoverytracker.contracts.event.CloudEventHeaders;
import org.recoverytracker.contracts.event.DomainEvent;
import org.recoverytracker.contracts.event.EventTypes;

/** Reads a CloudEvents binary-mode record: {@code ce_type} picks the record class, the value is its JSON. */
@Singleton
final class EventDecoder {
    private final ObjectMapper json;

    EventDecoder(ObjectMapper json) {
        this.json = json;
    }

    <E extends DomainEvent> Decoded<E> decode(ConsumerRecord<String, byte[]> record, Class<E> events) {
        Optional<String> type = header(record, CloudEventHeaders.TYPE);
        if (type.isEmpty()) {
            return new Decoded.Poison<>("missing header " + CloudEventHeaders.TYPE);
        }
        Optional<Class<? extends DomainEvent>> eventClass = EventTypes.classOf(type.get()).filter(events::isAssignableFrom);
        if (eventClass.isEmpty()) {
            return new Decoded.Poison<>("unknown " + CloudEventHeaders.TYPE + " " + type.get() + " on " + record.topic());
        }
        if (record.value() == null || record.value().length == 0) {
            return new Decoded.Poison<>("empty payload for " + type.get());
        }
        try {
            DomainEvent event = json.readValue(record.value(), eventClass.get());
            if (event == null || event.eventId() == null) {
                return new Decoded.Poison<>("no eventId in " + type.get());
            }
            return new Decoded.Event<>(events.cast(event), type.get());
        } catch (IOException | RuntimeException e) {
            return new Decoded.Poison<>("unreadable " + type.get() + ": " + e.getMessage());
        }
    }

    static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null
                ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }
}
