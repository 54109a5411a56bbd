package org.recoverytracker.gateway.routing;

import io.micronaut.http.sse.Event;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a {@code text/event-stream} line by line (the HTML standard's rules) into events, so the
 * gateway can relay them unchanged: id, event name, multi-line data, retry, and comments (the
 * heartbeats that keep idle connections open). One instance per stream; not thread-safe.
 */
final class EventStreamParser {

    private final StringBuilder data = new StringBuilder();
    private final List<String> comments = new ArrayList<>();
    private String id;
    private String name;
    private Duration retry;
    private boolean hasData;

    /** Feeds one line (without its line ending); a blank line completes the event, if there is one. */
    Optional<Event<String>> line(String line) {
        if (line.isEmpty()) {
            return dispatch();
        }
        if (line.startsWith(":")) {
            comments.add(strip(line.substring(1)));
            return Optional.empty();
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : strip(line.substring(colon + 1));
        switch (field) {
            case "data" -> {
                if (hasData) {
                    data.append('\n');
                }
                data.append(value);
                hasData = true;
            }
            case "id" -> id = value.indexOf('\0') < 0 ? value : id;
            case "event" -> name = value;
            case "retry" -> retry = value.matches("\\d{1,9}") ? Duration.ofMillis(Long.parseLong(value)) : retry;
            default -> {
                // unknown fields are ignored, as a browser would
            }
        }
        return Optional.empty();
    }

    private Optional<Event<String>> dispatch() {
        if (!hasData && comments.isEmpty() && id == null && name == null && retry == null) {
            return Optional.empty();
        }
        Event<String> event = Event.of(data.toString()).id(id).name(name).retry(retry);
        if (!comments.isEmpty()) {
            // the encoder writes one comment line, so several become one
            event = event.comment(String.join(" ", comments));
        }
        data.setLength(0);
        comments.clear();
        id = null;
        name = null;
        retry = null;
        hasData = false;
        return Optional.of(event);
    }

    private static String strip(String value) {
        return value.startsWith(" ") ? value.substring(1) : value;
    }
}
