package org.recoverytracker.gateway.routing;

import io.micronaut.http.sse.Event;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class EventStreamParserTest {

    private static List<Event<String>> parse(String stream) {
        EventStreamParser parser = new EventStreamParser();
        List<Event<String>> events = new ArrayList<>();
        stream.lines().forEach(line -> parser.line(line).ifPresent(events::add));
        return events;
    }

    @Test
    void namedEventKeepsItsIdNameAndData() {
        Event<String> event = parse("id: 42\nevent: damage-totals\ndata: {\"area\":\"04\"}\n\n").getFirst();

        assertEquals("42", event.getId());
        assertEquals("damage-totals", event.getName());
        assertEquals("{\"area\":\"04\"}", event.getData());
    }

    @Test
    void dataLinesJoinWithNewlines() {
        assertEquals("Cao Bằng\nHòa An", parse("data: Cao Bằng\ndata: Hòa An\n\n").getFirst().getData());
    }

    @Test
    void heartbeatCommentIsRelayedAsAComment() {
        Event<String> heartbeat = parse(": keep-alive\n\n").getFirst();

        assertEquals("keep-alive", heartbeat.getComment());
        assertEquals("", heartbeat.getData());
    }

    @Test
    void eventsAreSeparatedByBlankLinesAndFieldsDoNotLeakIntoTheNext() {
        List<Event<String>> events = parse("id: 1\nevent: a\nretry: 3000\ndata: x\n\ndata: y\n\n");

        assertEquals(2, events.size());
        assertEquals(Duration.ofSeconds(3), events.get(0).getRetry());
        assertEquals("y", events.get(1).getData());
        assertNull(events.get(1).getId());
        assertNull(events.get(1).getName());
    }

    @Test
    void unfinishedEventIsNotDispatchedAndMalformedFieldsAreIgnored() {
        List<Event<String>> events = parse("data:no-space\nretry: soon\nbogus: 1\n\ndata: cut off");

        assertEquals(1, events.size());
        assertEquals("no-space", events.getFirst().getData());
        assertNull(events.getFirst().getRetry());
    }
}
