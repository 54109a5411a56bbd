package org.recoverytracker.aggregation.ingest;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        Map<TopicPartition, Long> nextOffsets = new HashMap<>();
        List<Received<E>> batch = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            nextOffsets.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
            batch.add(new Received<>(record, decoder.decode(record, projection.events())));
        }
        List<DeadLetter> poison = new ArrayList<>();
        if (takeTogether(batch, projection, now)) {
            batch.forEach(received -> {
                if (received.decoded() instanceof Decoded.Poison<E> p) {
                    poison.add(new DeadLetter(received.record(), p.reason()));
                }
            });
        } else {
            for (Received<E> received : batch) {
                Optional<String> reason = switch (received.decoded()) {
                    case Decoded.Poison<E> p -> Optional.of(p.reason());
                    case Decoded.Event<E> event -> take(received.record(), event, projection, now);
                };
                reason.ifPresent(why -> poison.add(new DeadLetter(received.record(), why)));
            }
        }
        offsets.advance(groupId, nextOffsets, now);
        deadLetters.sendAndWait(poison);
        poison.forEach(letter -> metrics.count(letter.record().topic(), "dead_lettered"));
    }

    private record Received<E extends DomainEvent>(ConsumerRecord<String, byte[]> record, Decoded<E> decoded) {
    }

    /**
     * The fast way, for a batch in which every event applies: the ids claimed in one statement, the events applied
     * together ({@link Projection#applyAll}), the stale ones marked in one statement. When an event fails to apply,
     * all of it is undone and false returned: the batch is then taken event by event ({@link #take}), which
     * dead-letters exactly the failing ones. (Changes announced by the undone attempt are announced again by the
     * second: a page refetches twice, never sees figures that were not committed.)
     */
    private <E extends DomainEvent> boolean takeTogether(List<Received<E>> batch, Projection<E> projection, Instant now) {
        List<ProcessedEvents.Claim> claims = new ArrayList<>();
        List<Decoded.Event<E>> candidates = new ArrayList<>();
        Set<UUID> inBatch = new HashSet<>();
        int duplicates = 0;
        for (Received<E> received : batch) {
            if (received.decoded() instanceof Decoded.Event<E> event) {
                if (inBatch.add(event.event().eventId())) {
                    claims.add(new ProcessedEvents.Claim(event.event().eventId(), event.type(), received.record()));
                    candidates.add(event);
                } else {
                    duplicates++;
                }
            }
        }
        if (candidates.isEmpty()) {
            return true;
        }
        List<Projection.Outcome> outcomes;
        List<E> claimedEvents = new ArrayList<>();
        try {
            outcomes = savepoints.undoIfItFails(() -> {
                Set<UUID> claimed = processed.claimAll(claims, now);
                for (Decoded.Event<E> candidate : candidates) {
                    if (claimed.contains(candidate.event().eventId())) {
                        claimedEvents.add(candidate.event());
                    }
                }
                List<Projection.Outcome> applied = projection.applyAll(claimedEvents);
                List<UUID> ignored = new ArrayList<>();
                for (int i = 0; i < applied.size(); i++) {
                    if (applied.get(i) == Projection.Outcome.IGNORED) {
                        ignored.add(claimedEvents.get(i).eventId());
                    }
                }
                processed.markOutcomes(ignored, "IGNORED");
                return applied;
            });
        } catch (RuntimeException e) {
            if (Failures.isTransient(e)) {
                throw e;
            }
            LOG.debug("a batch of {} events does not apply as a whole ({}): taking it event by event", candidates.size(),
                    e.toString());
            return false;
        }
        // a batch is one topic's (one listener per topic)
        String topic = batch.getFirst().record().topic();
        long applied = outcomes.stream().filter(outcome -> outcome == Projection.Outcome.APPLIED).count();
        metrics.count(topic, "duplicate", candidates.size() + duplicates - claimedEvents.size());
        metrics.count(topic, "applied", applied);
        metrics.count(topic, "ignored", outcomes.size() - applied);
        return true;
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
