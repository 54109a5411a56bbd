package org.recoverytracker.aggregation.stream;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import java.time.Duration;
import org.reactivestreams.Publisher;
import org.recoverytracker.aggregation.web.QueryParameters;
import reactor.core.publisher.Flux;

/**
 * {@code GET /api/v1/stream[?disaster=]}: server-sent events of committed changes. A client resumes with the
 * {@code Last-Event-ID} header (browsers send it on their own when they reconnect) or the {@code lastEventId}
 * parameter (a page that opens a new stream itself). A comment every {@code heartbeat} keeps proxies from
 * closing a quiet stream; {@code retry} tells browsers how soon to reconnect.
 */
@Controller("/api/v1/stream")
final class StreamController {
    private final ChangeFeed feed;
    private final Duration heartbeat;
    private final Duration retry;

    StreamController(ChangeFeed feed,
                     @Value("${recovery.aggregation.stream.heartbeat:15s}") Duration heartbeat,
                     @Value("${recovery.aggregation.stream.retry:2s}") Duration retry) {
        this.feed = feed;
        this.heartbeat = heartbeat;
        this.retry = retry;
    }

    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<String>> stream(@Nullable @QueryValue String disaster,
                                    @Nullable @QueryValue("lastEventId") String resumeFrom,
                                    @Nullable @Header("Last-Event-ID") String lastEventId) {
        String from = QueryParameters.optional(lastEventId).or(() -> QueryParameters.optional(resumeFrom)).orElse(null);
        // the first comment goes out at once, so the browser sees the stream open before any change happens
        Event<String> hello = Event.of("").comment("recovery tracker live stream").retry(retry);
        Event<String> end = Event.of("");
        Flux<Event<String>> events = feed.subscribe(QueryParameters.optional(disaster).orElse(null), from)
                .map(event -> Event.of(event.data()).id(event.id()).name(event.name()))
                .concatWith(Flux.just(end));
        Flux<Event<String>> heartbeats = Flux.interval(heartbeat, heartbeat).map(beat -> Event.of("").comment("heartbeat"));
        // when the feed ends a client's events (it fell behind), the heartbeats end too: the browser reconnects
        return Flux.concat(Flux.just(hello), Flux.merge(events, heartbeats).takeWhile(event -> event != end));
    }
}
