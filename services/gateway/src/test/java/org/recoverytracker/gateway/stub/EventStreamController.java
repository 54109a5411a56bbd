package org.recoverytracker.gateway.stub;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.sse.Event;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * A server-sent event stream that emits only when the test says so: if the gateway buffered, the
 * test would not see an event until the stream ended, and this stream never ends.
 */
@Requires(property = "spec.name", value = StubService.SPEC)
@Controller("/api/v1")
public final class EventStreamController {

    private final Sinks.Many<Event<String>> events = Sinks.many().multicast().directBestEffort();

    @Get(value = "/stream", produces = {MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_JSON_PROBLEM})
    HttpResponse<?> stream(@Header("Last-Event-ID") @Nullable String lastEventId,
                           @Header(EchoController.STATUS_HEADER) @Nullable Integer refuseWith) {
        if (refuseWith != null) {
            return HttpResponse.status(HttpStatus.valueOf(refuseWith))
                    .contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE)
                    .body("{\"title\":\"no stream for you\",\"status\":" + refuseWith + "}");
        }
        Event<String> hello = Event.of("connected after " + lastEventId).id("hello").name("hello");
        Publisher<Event<String>> stream = Flux.concat(Flux.just(hello), events.asFlux());
        return HttpResponse.ok(stream).contentType(MediaType.TEXT_EVENT_STREAM_TYPE);
    }

    /** Sends one event to every open stream. */
    public void emit(String id, String name, String data) {
        events.tryEmitNext(Event.of(data).id(id).name(name));
    }

    public int subscribers() {
        return events.currentSubscriberCount();
    }
}
