package org.recoverytracker.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A server-sent events client as a browser's EventSource reads a stream (one connection, no automatic
 * reconnect): it collects named events with their ids and counts comments (heartbeats). A test opens one, waits
 * with Awaitility for what it expects in {@link #events()}, and closes it; reconnecting is opening a new one with
 * the last id seen.
 */
public final class EventStreamClient implements AutoCloseable {
    /** One dispatched event: {@code name} is "message" when the server named none, {@code id} null when it gave none. */
    public record Received(String id, String name, String data) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Received> events = new CopyOnWriteArrayList<>();
    private final List<String> comments = new CopyOnWriteArrayList<>();
    private final int status;

    private EventStreamClient(URI uri, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            HttpResponse<Stream<String>> response = http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
                    .get(10, TimeUnit.SECONDS);
            status = response.statusCode();
            Thread.ofPlatform().daemon().name("sse-" + uri.getPath()).start(() -> read(response.body()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | CompletionException | TimeoutException e) {
            throw new UncheckedIOException(new IOException("cannot open the event stream " + uri, e));
        }
    }

    /** Opens the stream and returns once the response headers are in; {@code lastEventId} may be null. */
    public static EventStreamClient open(URI uri, String lastEventId) {
        return new EventStreamClient(uri, lastEventId);
    }

    public int status() {
        return status;
    }

    /** Every event dispatched so far, in order of arrival. */
    public List<Received> events() {
        return List.copyOf(events);
    }

    /** The events of one name so far. */
    public List<Received> events(String name) {
        return events.stream().filter(event -> event.name().equals(name)).toList();
    }

    /** The text of every comment line so far (after the colon, trimmed). */
    public List<String> comments() {
        return List.copyOf(comments);
    }

    private void read(Stream<String> lines) {
        StringBuilder data = new StringBuilder();
        String[] pending = {null, null};
        try (lines) {
            lines.forEach(line -> {
                if (line.isEmpty()) {
                    // a blank line dispatches the event, as EventSource does: only when it has data
                    if (!data.isEmpty()) {
                        events.add(new Received(pending[0], pending[1] == null ? "message" : pending[1],
                                data.substring(0, data.length() - 1)));
                    }
                    data.setLength(0);
                    pending[0] = null;
                    pending[1] = null;
                } else if (line.startsWith(":")) {
                    comments.add(line.substring(1).strip());
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                    switch (field) {
                        case "data" -> data.append(value).append('\n');
                        case "id" -> pending[0] = value;
                        case "event" -> pending[1] = value;
                        default -> { }
                    }
                }
            });
        } catch (UncheckedIOException | IllegalStateException closed) {
            // the stream was closed by the test or the server: nothing more will arrive
        }
    }

    @Override
    public void close() {
        http.shutdownNow();
    }
}
