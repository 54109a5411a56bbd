package org.recoverytracker.aggregation.ingest;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.recoverytracker.aggregation.ingest.DeadLetters.DeadLetter;
import org.recoverytracker.contracts.event.DomainEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes in one consumed batch with exactly-once effect (DESIGN §6): in one PostgreSQL transaction it claims each
 * event id (an id seen before is skipped), applies the event to the projection, stores the partitions' next
 * offsets for the consumer group and, before committing, waits for the dead-letter topic to acknowledge the
 * batch's poison records. Any other failure rolls the whole batch back for the listener to retry.
 */
@Singleton
public class ExactlyOnceIngestion {
    private static final Logger LOG = LoggerFactory.getLogger(ExactlyOnceIngestion.class);

    private final EventDecoder decoder;
    private final ProcessedEvents processed;
    private final ConsumerOffsets offsets;
    private final DeadLetters deadLetters;
    private final IngestMetrics metrics;
    private final Savepoints savepoints;
    private final Clock clock;
    private final String groupId;

    ExactlyOnceIngestion(EventDecoder decoder, ProcessedEvents processed, ConsumerOffsets offsets, DeadLetters deadLetters,
                         IngestMetrics metrics, Savepoints savepoints, Clock clock,
                         @Value("${recovery.aggregation.group-id}") String groupId) {
        this.decoder = decoder;
        this.processed = processed;
        this.offsets = offsets;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.savepoints = savepoints;
        this.clock = clock;
        this.groupId = groupId;
    }

    @Transactional
    public <E extends DomainEvent> void ingest(Iterable<ConsumerRecord<String, byte[]>> records, Projection<E> projection) {
        Instant now = clock.instant();
        List<DeadLetter> poison = new ArrayList<>();
        Map<TopicPartition, Long> nextOffsets = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            nextOffsets.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
            Optional<String> reason = switch (decoder.decode(record, projection.events())) {
                case Decoded.Poison<E> p -> Optional.of(p.reason());
                case Decoded.Event<E> event -> take(record, event, projection, now);
            };
            reason.ifPresent(why -> poison.add(new DeadLetter(record, why)));
        }
        offsets.advance(groupId, nextOffsets, now);
        deadLetters.sendAndWait(poison);
        poison.forEach(letter -> metrics.count(letter.record().topic(), "dead_lettered"));
    }

    /** Applies one decoded event; returns why it is poison, if it is. */
    private <E extends DomainEvent> Optional<String> take(ConsumerRecord<String, byte[]> record, Decoded.Event<E> decoded,
                                                          Projection<E> projection, Instant now) {
        UUID eventId = decoded.event().eventId();
        if (!processed.claim(eventId, decoded.type(), record, now)) {
            LOG.debug("skipping {} {}: already taken in", decoded.type(), eventId);
            metrics.count(record.topic(), "duplicate");
            return Optional.empty();
        }
        try {
            Projection.Outcome outcome = savepoints.undoIfItFails(() -> projection.apply(decoded.event()));
            if (outcome == Projection.Outcome.IGNORED) {
                processed.markOutcome(eventId, "IGNORED");
            }
            metrics.count(record.topic(), outcome.name().toLowerCase(Locale.ROOT));
            return Optional.empty();
        } catch (RuntimeException e) {
            if (Failures.isTransient(e)) {
                throw e;
            }
            processed.markOutcome(eventId, "DEAD_LETTERED");
            if (!(e instanceof UnapplicableEvent)) {
                LOG.error("{} {} failed to apply", decoded.type(), eventId, e);
            }
            return Optional.of(decoded.type() + " " + eventId + ": " + e.getMessage());
        }
    }
}
