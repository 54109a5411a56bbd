package org.recoverytracker.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live stream as a dashboard reads it, through the gateway: notes when the first {@code damage-totals} event
 * naming each report arrived ({@code System.nanoTime()}, the clock the 2xx are timed on). Reads on a thread of its
 * own, so a slow consumer of these figures never slows the stream; when the server ends the stream (this client
 * fell behind) it reconnects with the last id seen, as a browser does, and counts it.
 */
final class StreamWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamWatch.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI uri;
    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    private final AtomicInteger reconnects = new AtomicInteger();
    private final Thread reader;
    private volatile boolean open = true;
    private volatile String lastId;

    private StreamWatch(URI uri) {
        this.uri = uri;
        Stream<String> first = connect();
        this.reader = Thread.ofPlatform().daemon().name("bench-stream").start(() -> readUntilClosed(first));
    }

    /** Opens {@code GET /api/v1/stream?disaster=} at {@code gateway}; returns once the response headers are in. */
    static StreamWatch open(URI gateway, String disaster) {
        return new StreamWatch(URI.create(gateway + "/api/v1/stream?disaster=" + disaster));
    }

    /** When the first event naming {@code reportId} arrived, or null when none has. */
    Long seen(String reportId) {
        return seen.get(reportId);
    }

    int reconnects() {
        return reconnects.get();
    }

    private Stream<String> connect() {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
        if (lastId != null) {
            request.header("Last-Event-ID", lastId);
        }
        try {
            HttpResponse<Stream<String>> response = http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
                    .get(10, TimeUnit.SECONDS);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the live stream answered " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new UncheckedIOException(new IOException("cannot open the live stream " + uri, e));
        }
    }

    private void readUntilClosed(Stream<String> lines) {
        Stream<String> current = lines;
        while (open) {
            read(current);
            if (!open) {
                return;
            }
            reconnects.incrementAndGet();
            LOG.info("the live stream ended after id {}: reconnecting", lastId);
            try {
                current = connect();
            } catch (RuntimeException e) {
                LOG.warn("cannot reconnect to the live stream: {}", e.toString());
                EventLoad.sleepQuietly(200);
                current = Stream.empty();
            }
        }
    }

    private void read(Stream<String> lines) {
        String[] pending = {null, null};
        try (lines) {
            lines.forEach(line -> {
                long now = System.nanoTime();
                if (line.startsWith("id:")) {
                    pending[0] = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    pending[1] = line.substring(6).strip();
                } else if (line.startsWith("data:") && "damage-totals".equals(pending[1])) {
                    String reportId = reportId(line.substring(5));
                    if (reportId != null) {
                        seen.putIfAbsent(reportId, now);
                    }
                } else if (line.isEmpty()) {
                    if (pending[0] != null) {
                        lastId = pending[0];
                    }
                    pending[0] = null;
                    pending[1] = null;
                }
            });
        } catch (UncheckedIOException | IllegalStateException closed) {
            // closed by close() or by the server: readUntilClosed decides
        }
    }

    private static String reportId(String data) {
        try {
            return JSON.readTree(data).path("reportId").textValue();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        open = false;
        http.shutdownNow();
        reader.interrupt();
    }
}
