package org.recoverytracker.aggregation.stream;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The most recent events of this process, so a client that lost its connection gets what it missed. Ids are
 * {@code <boot>-<sequence>}: the boot part changes with every start of the service, so an id from before a
 * restart (whose events are gone) is recognised and answered with a resync rather than a silent gap.
 * Not thread-safe: {@link ChangeFeed} guards it.
 */
final class EventRing {
    private final String boot;
    private final int capacity;
    private final ArrayDeque<FeedEvent> events;
    private long lastSequence;

    EventRing(String boot, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the ring must hold at least one event, not " + capacity);
        }
        this.boot = boot;
        this.capacity = capacity;
        this.events = new ArrayDeque<>(capacity);
    }

    FeedEvent append(String name, @Nullable String disasterId, String data) {
        lastSequence++;
        FeedEvent event = new FeedEvent(id(lastSequence), name, disasterId, data);
        if (events.size() == capacity) {
            events.removeFirst();
        }
        events.addLast(event);
        return event;
    }

    /** The id of the latest event, or of "nothing yet" ({@code <boot>-0}): where a resynced client stands. */
    String lastId() {
        return id(lastSequence);
    }

    /** What a client that last saw {@code lastEventId} has missed; no id means a new client, which missed nothing. */
    Replay after(@Nullable String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return new Replay.Missed(List.of());
        }
        long seen = sequenceOf(lastEventId.strip());
        if (seen < 0 || seen > lastSequence) {
            return new Replay.Resync("unknown-id");
        }
        long oldestKept = events.isEmpty() ? lastSequence + 1 : sequenceOf(events.getFirst().id());
        if (seen + 1 < oldestKept) {
            return new Replay.Resync("too-old");
        }
        return new Replay.Missed(events.stream().filter(event -> sequenceOf(event.id()) > seen).toList());
    }

    private String id(long sequence) {
        return boot + "-" + sequence;
    }

    /** The sequence of an id of this boot; -1 for an id of another boot or no id of ours at all. */
    private long sequenceOf(String id) {
        String prefix = boot + "-";
        if (!id.startsWith(prefix)) {
            return -1;
        }
        try {
            return Long.parseLong(id.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Either the events a client missed, in order, or the news that they are lost and it must reload. */
    sealed interface Replay {
        record Missed(List<FeedEvent> events) implements Replay {
        }

        record Resync(String reason) implements Replay {
        }
    }
}
