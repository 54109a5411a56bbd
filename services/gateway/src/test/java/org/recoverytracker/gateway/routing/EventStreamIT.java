package org.recoverytracker.gateway.routing;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.recoverytracker.gateway.stub.EventStreamController;
import org.recoverytracker.gateway.stub.GatewayHttp;
import org.recoverytracker.gateway.stub.StubService;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live dashboard's stream (issue 8) must arrive event by event through the gateway, never buffered. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventStreamIT implements TestPropertyProvider {

    private StubService aggregation;

    @Inject
    EmbeddedServer gateway;

    @Override
    public Map<String, String> getProperties() {
        aggregation = StubService.start("aggregation-service");
        return StubService.gatewayProperties(getClass(), Map.of("aggregation-service", aggregation));
    }

    @AfterAll
    void stopStub() {
        aggregation.close();
    }

    @Test
    void eventsArriveOneByOneWhileTheStreamStaysOpen() throws Exception {
        try (OpenStream stream = open(false)) {
            assertEquals("event: hello", stream.nextLineStartingWith("event:"));
            assertEquals("data: connected after 41", stream.nextLineStartingWith("data:"));

            EventStreamController source = aggregation.bean(EventStreamController.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> source.subscribers() == 1);
            source.emit("42", "damage-totals", "{\"area\":\"04\",\"DR-P01\":34}");
            assertEquals("data: {\"area\":\"04\",\"DR-P01\":34}", stream.nextLineStartingWith("data:"));
            source.emit("43", "damage-totals", "{\"area\":\"04\",\"DR-P01\":35}");
            assertEquals("id: 43", stream.nextLineStartingWith("id:"));
            assertEquals("data: {\"area\":\"04\",\"DR-P01\":35}", stream.nextLineStartingWith("data:"));
        }
    }

    @Test
    void closingTheBrowsersStreamClosesItAtTheService() throws Exception {
        EventStreamController source = aggregation.bean(EventStreamController.class);
        await().atMost(Duration.ofSeconds(5)).until(() -> source.subscribers() == 0);
        OpenStream stream = open(false);
        assertEquals("event: hello", stream.nextLineStartingWith("event:"));
        await().atMost(Duration.ofSeconds(5)).until(() -> source.subscribers() == 1);

        stream.close();

        // otherwise every dashboard reload would leave a stream open at the aggregation service
        await().atMost(Duration.ofSeconds(10)).until(() -> source.subscribers() == 0);
    }

    @Test
    void compressedStreamIsStillDeliveredEventByEvent() throws Exception {
        // browsers always offer gzip; a compressor that waited for a full block would hold events back
        try (OpenStream stream = open(true)) {
            assertEquals("data: connected after 41", stream.nextLineStartingWith("data:"));
            EventStreamController source = aggregation.bean(EventStreamController.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> source.subscribers() == 1);
            source.emit("44", "damage-totals", "{\"area\":\"040\"}");
            assertEquals("data: {\"area\":\"040\"}", stream.nextLineStartingWith("data:"));
        }
    }

    @Test
    void streamRefusedByTheServiceComesBackWithItsStatusAndBody() {
        GatewayHttp http = new GatewayHttp(gateway.getURI());
        HttpResponse<String> response = http.send(http.request("/api/v1/stream")
                .header("Accept", "text/event-stream").header("X-Stub-Status", "401"));

        assertEquals(401, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("{\"title\":\"no stream for you\",\"status\":401}", response.body());
    }

    @Test
    void streamFromAServiceThatIsDownIsAProblemNamingIt() {
        GatewayHttp http = new GatewayHttp(gateway.getURI());
        HttpResponse<String> response = http.send(http.request("/api/v1/donations/live").header("Accept", "text/event-stream"));

        assertEquals(503, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().contains("\"service\":\"donation-service\""), response.body());
    }

    private OpenStream open(boolean gzip) throws IOException {
        GatewayHttp http = new GatewayHttp(gateway.getURI());
        var request = http.request("/api/v1/stream")
                .header("Accept", "text/event-stream")
                .header("Last-Event-ID", "41")
                .timeout(Duration.ofMinutes(1));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/event-stream"));
        InputStream body = response.body();
        if (response.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent()) {
            body = new GZIPInputStream(body, 64);
        }
        return new OpenStream(body);
    }

    /** Reads the stream's lines on a thread of its own, so a test can wait for each with a time limit. */
    private static final class OpenStream implements AutoCloseable {
        private final InputStream body;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final Thread reader;

        OpenStream(InputStream body) {
            this.body = body;
            // bytes, not a Reader: InputStreamReader waits for a full buffer when the stream is gzip
            this.reader = Thread.ofVirtual().start(() -> {
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                byte[] buffer = new byte[256];
                try {
                    for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                        for (int i = 0; i < n; i++) {
                            if (buffer[i] == '\n') {
                                lines.add(line.toString(StandardCharsets.UTF_8));
                                line.reset();
                            } else {
                                line.write(buffer[i]);
                            }
                        }
                    }
                } catch (IOException closed) {
                    // the test closed the stream
                }
            });
        }

        String nextLineStartingWith(String prefix) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line != null && line.startsWith(prefix)) {
                    return line;
                }
            }
            throw new AssertionError("no line starting with '" + prefix + "' within 5 s: the stream is held back");
        }

        @Override
        public void close() throws IOException {
            body.close();
            reader.interrupt();
        }
    }
}
