package org.recoverytracker.aggregation.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverytracker.aggregation.stream.EventRing.Replay;

class EventRingTest {
    private final EventRing ring = new EventRing("boot1", 3);

    private FeedEvent append(String data) {
        return ring.append("damage-totals", "2024-yagi", data);
    }

    @Test
    void clientThatReconnectsGetsExactlyTheEventsItMissedInOrder() {
        FeedEvent seen = append("a");
        append("b");
        append("c");

        assertThat(((Replay.Missed) ring.after(seen.id())).events()).extracting(FeedEvent::data).containsExactly("b", "c");
    }

    @Test
    void clientThatSawTheLatestEventMissedNothing() {
        append("a");
        FeedEvent latest = append("b");

        assertThat(ring.after(latest.id())).isEqualTo(new Replay.Missed(List.of()));
        assertThat(ring.lastId()).isEqualTo(latest.id());
    }

    @Test
    void newClientWithoutAnIdIsNotReplayedAnything() {
        append("a");

        assertThat(ring.after(null)).isEqualTo(new Replay.Missed(List.of()));
        assertThat(ring.after(" ")).isEqualTo(new Replay.Missed(List.of()));
    }

    @Test
    void idOlderThanTheRingKeepsAsksForAResyncInsteadOfAGap() {
        FeedEvent first = append("a");
        FeedEvent second = append("b");
        append("c");
        append("d");
        append("e");

        assertThat(ring.after(first.id())).isEqualTo(new Replay.Resync("too-old"));
        assertThat(((Replay.Missed) ring.after(second.id())).events()).extracting(FeedEvent::data).containsExactly("c", "d", "e");
    }

    @Test
    void idFromBeforeARestartOrFromNowhereAsksForAResync() {
        append("a");

        assertThat(ring.after("b00t0-1")).isEqualTo(new Replay.Resync("unknown-id"));
        assertThat(ring.after("boot1-99")).isEqualTo(new Replay.Resync("unknown-id"));
        assertThat(ring.after("boot1-x")).isEqualTo(new Replay.Resync("unknown-id"));
        assertThat(ring.after("garbage")).isEqualTo(new Replay.Resync("unknown-id"));
    }

    @Test
    void idsAreOrderedWithinABootAndNameTheBoot() {
        assertThat(ring.lastId()).isEqualTo("boot1-0");
        assertThat(append("a").id()).isEqualTo("boot1-1");
        assertThat(append("b").id()).isEqualTo("boot1-2");
    }
}
