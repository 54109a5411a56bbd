package org.recoverytracker.aggregation.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

class ChangeFeedTest {
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private ChangeFeed feed(int history, int clientBuffer) {
        return new ChangeFeed(JsonMapper.createDefault(), meters, history, clientBuffer);
    }

    @Serdeable
    record Change(String area) {
    }

    @Test
    void clientOfOneDisasterSeesOnlyThatDisastersChanges() {
        ChangeFeed feed = feed(10, 10);
        List<FeedEvent> seen = new CopyOnWriteArrayList<>();
        Disposable client = feed.subscribe("2024-yagi", null).subscribe(seen::add);

        feed.publish("damage-totals", "2024-yagi", new Change("01696"));
        feed.publish("damage-totals", "2025-matmo", new Change("040"));
        feed.publish("damage-totals", "2024-yagi", new Change("051"));

        assertThat(seen).extracting(FeedEvent::name).containsExactly("hello", "damage-totals", "damage-totals");
        assertThat(changes(seen)).extracting(FeedEvent::data).containsExactly("{\"area\":\"01696\"}", "{\"area\":\"051\"}");
        client.dispose();
    }

    @Test
    void reconnectingClientIsReplayedWhatItMissedThenGetsNewChanges() {
        ChangeFeed feed = feed(10, 10);
        List<FeedEvent> first = new CopyOnWriteArrayList<>();
        Disposable dropped = feed.subscribe(null, null).subscribe(first::add);
        feed.publish("damage-totals", "d", new Change("a"));
        dropped.dispose();
        feed.publish("damage-totals", "d", new Change("b"));

        List<FeedEvent> resumed = new CopyOnWriteArrayList<>();
        feed.subscribe(null, first.getLast().id()).subscribe(resumed::add);
        feed.publish("damage-totals", "d", new Change("c"));

        assertThat(changes(resumed)).extracting(FeedEvent::data).containsExactly("{\"area\":\"b\"}", "{\"area\":\"c\"}");
    }

    @Test
    void clientThatSawNoChangeBeforeItsConnectionDroppedResumesFromWhereItConnected() {
        ChangeFeed feed = feed(10, 10);
        feed.publish("damage-totals", "d", new Change("before"));
        List<FeedEvent> first = new CopyOnWriteArrayList<>();
        feed.subscribe(null, null).subscribe(first::add).dispose();
        feed.publish("damage-totals", "d", new Change("while-away"));

        List<FeedEvent> resumed = new CopyOnWriteArrayList<>();
        feed.subscribe(null, first.getFirst().id()).subscribe(resumed::add);

        assertThat(first).extracting(FeedEvent::name).containsExactly("hello");
        assertThat(changes(resumed)).extracting(FeedEvent::data).containsExactly("{\"area\":\"while-away\"}");
    }

    private static List<FeedEvent> changes(List<FeedEvent> events) {
        return events.stream().filter(event -> !event.name().equals(ChangeFeed.HELLO)).toList();
    }

    @Test
    void clientWhoseIdIsNoLongerKeptIsToldToResyncAndCarriesOnFromNow() {
        ChangeFeed feed = feed(2, 10);
        for (String area : List.of("a", "b", "c", "d")) {
            feed.publish("damage-totals", "d", new Change(area));
        }
        List<FeedEvent> seen = new CopyOnWriteArrayList<>();
        Disposable client = feed.subscribe(null, "nobody-1").subscribe(seen::add);
        feed.publish("damage-totals", "d", new Change("e"));

        assertThat(seen).extracting(FeedEvent::name).containsExactly(ChangeFeed.HELLO, ChangeFeed.RESYNC, "damage-totals");
        assertThat(seen.get(1).data()).isEqualTo("{\"reason\":\"unknown-id\"}");
        assertThat(seen.get(1).disasterId()).isNull();
        client.dispose();
    }

    @Test
    void clientThatFallsTooFarBehindIsDisconnectedAndResumesWithoutLosingAChange() {
        ChangeFeed feed = feed(10, 3);
        var slow = feed.subscribe(null, null);
        for (String area : List.of("a", "b", "c", "d")) {
            feed.publish("damage-totals", "d", new Change(area));
        }

        List<FeedEvent> delivered = slow.collectList().block(Duration.ofSeconds(5));
        assertThat(delivered).extracting(FeedEvent::data).containsExactly("{}", "{\"area\":\"a\"}", "{\"area\":\"b\"}");
        List<FeedEvent> resumed = new CopyOnWriteArrayList<>();
        feed.subscribe(null, delivered.getLast().id()).subscribe(resumed::add);
        assertThat(changes(resumed)).extracting(FeedEvent::data).containsExactly("{\"area\":\"c\"}", "{\"area\":\"d\"}");
    }

    @Test
    void connectedClientsAreCountedForTheMetrics() {
        ChangeFeed feed = feed(10, 10);
        Disposable one = feed.subscribe(null, null).subscribe();
        Disposable two = feed.subscribe("d", null).subscribe();
        assertThat(meters.get("aggregation.stream.clients").gauge().value()).isEqualTo(2);

        one.dispose();
        two.dispose();
        assertThat(meters.get("aggregation.stream.clients").gauge().value()).isZero();
    }
}
