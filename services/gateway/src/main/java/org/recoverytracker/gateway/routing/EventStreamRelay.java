package org.recoverytracker.gateway.routing;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.sse.Event;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;

import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Relays a server-sent event stream event by event. It uses the JDK's HTTP client rather than the
 * proxy client because the proxy client keeps reading (and discarding) a stream after the browser
 * has gone, which would leave one open stream at the aggregation service per closed dashboard;
 * here, when the browser goes, the connection to the service is closed at once.
 */
@Singleton
final class EventStreamRelay {

    // the JDK client sets these itself, or refuses them
    private static final Set<String> NOT_FORWARDED = Set.of("host", "content-length", "expect", "accept-encoding");

    private sealed interface Body {
        record Lines(Stream<String> lines) implements Body {
        }

        record Bytes(byte[] bytes) implements Body {
        }
    }

    private final HttpClient client;
    private final Duration idleTimeout;

    EventStreamRelay(@Value("${gateway.event-streams.connect-timeout}") Duration connectTimeout,
                     @Value("${gateway.event-streams.idle-timeout}") Duration idleTimeout) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.idleTimeout = idleTimeout;
    }

    /** Sends {@code request} (already addressed to the service, its connection headers removed) and relays the answer. */
    Mono<MutableHttpResponse<?>> relay(HttpRequest<?> request) {
        java.net.http.HttpRequest.Builder outbound = java.net.http.HttpRequest.newBuilder(request.getUri()).GET();
        request.getHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> outbound.header(name, value));
            }
        });
        // a service that accepts the connection but never answers is as silent as an idle stream
        return Mono.fromFuture(() -> client.sendAsync(outbound.build(), this::bodyFor))
                .timeout(idleTimeout)
                .map(response -> switch (response.body()) {
                    case Body.Lines lines -> stream(response, lines.lines());
                    case Body.Bytes bytes -> copyHeaders(response, HttpResponse.status(HttpStatus.valueOf(response.statusCode())))
                            .body(bytes.bytes());
                });
    }

    private java.net.http.HttpResponse.BodySubscriber<Body> bodyFor(ResponseInfo info) {
        boolean events = info.statusCode() == 200 && info.headers().firstValue("Content-Type")
                .map(type -> type.toLowerCase(Locale.ROOT).startsWith(MediaType.TEXT_EVENT_STREAM)).orElse(false);
        // an answer that is not a stream (401, 404, ...) is small and is passed on whole
        return events
                ? BodySubscribers.mapping(BodySubscribers.ofLines(StandardCharsets.UTF_8), Body.Lines::new)
                : BodySubscribers.mapping(BodySubscribers.ofByteArray(), Body.Bytes::new);
    }

    private MutableHttpResponse<?> stream(java.net.http.HttpResponse<Body> response, Stream<String> lines) {
        Flux<Event<String>> events = Flux.<Event<String>>create(sink -> {
            // closing the line stream closes the connection to the service: that is how it learns the browser left
            sink.onDispose(lines::close);
            Thread.ofVirtual().name("event-stream-relay").start(() -> read(lines, sink));
        }, FluxSink.OverflowStrategy.BUFFER).timeout(idleTimeout);
        return copyHeaders(response, HttpResponse.ok(events)).contentType(MediaType.TEXT_EVENT_STREAM_TYPE);
    }

    private static void read(Stream<String> lines, FluxSink<Event<String>> sink) {
        EventStreamParser parser = new EventStreamParser();
        try {
            lines.forEach(line -> parser.line(line).ifPresent(sink::next));
            sink.complete();
        } catch (UncheckedIOException | IllegalStateException broken) {
            // after the browser left, the stream was closed under us on purpose; otherwise the service broke it off
            if (!sink.isCancelled()) {
                sink.error(broken);
            }
        }
    }

    private static <T> MutableHttpResponse<T> copyHeaders(java.net.http.HttpResponse<?> from, MutableHttpResponse<T> to) {
        Set<String> dropped = HopByHopHeaders.names(from.headers().allValues("Connection"));
        dropped.addAll(Set.of("content-length", "transfer-encoding", "date"));
        from.headers().map().forEach((name, values) -> {
            if (!dropped.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> to.getHeaders().add(name, value));
            }
        });
        return to;
    }

    @PreDestroy
    void close() {
        client.shutdownNow();
    }
}
