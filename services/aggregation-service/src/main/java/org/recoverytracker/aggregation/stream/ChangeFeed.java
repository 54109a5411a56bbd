package org.recoverytracker.aggregation.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.recoverytracker.aggregation.stream.EventRing.Replay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Fans committed changes out to every connected client, in one order, and keeps the recent ones
 * ({@code recovery.aggregation.stream.history}) for clients that reconnect with the id they saw last. Any
 * capability may publish here (damage totals now; aid and rebuilding later) under an event name of its own.
 * A client that falls {@code client-buffer} events behind is disconnected: it reconnects with its last id and is
 * either replayed or told to resync, never silently skipped.
 */
@Singleton
public final class ChangeFeed {
    static final String RESYNC = "resync";
    static final String HELLO = "hello";
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);

    private final EventRing ring;
    private final int clientBuffer;
    private final JsonMapper json;
    private final Set<Client> clients = new LinkedHashSet<>();
    private final AtomicInteger connected = new AtomicInteger();

    ChangeFeed(JsonMapper json, MeterRegistry meters,
               @Value("${recovery.aggregation.stream.history:1000}") int history,
               @Value("${recovery.aggregation.stream.client-buffer:1000}") int clientBuffer) {
        this.json = json;
        this.ring = new EventRing(UUID.randomUUID().toString().substring(0, 8), history);
        this.clientBuffer = clientBuffer;
        meters.gauge("aggregation.stream.clients", connected);
    }

    /** Sends a change to every client listening to its disaster; call it only for committed changes. */
    public void publish(String name, @Nullable String disasterId, Object payload) {
        String data = write(payload);
        synchronized (this) {
            FeedEvent event = ring.append(name, disasterId, data);
            clients.removeIf(client -> !client.offer(event));
            connected.set(clients.size());
        }
    }

    /**
     * The events for a client (of one disaster, or all when null): a {@value #HELLO} event whose id is where the
     * feed stands now (so a client that sees no change before its connection drops still resumes from here), then
     * what it missed since {@code lastEventId} (or a {@value #RESYNC} event when that is no longer known), then
     * every new one.
     */
    Flux<FeedEvent> subscribe(@Nullable String disaster, @Nullable String lastEventId) {
        Client client = new Client(disaster, Sinks.many().unicast().onBackpressureBuffer(new ArrayBlockingQueue<>(clientBuffer)));
        synchronized (this) {
            client.offer(new FeedEvent(ring.lastId(), HELLO, null, "{}"));
            boolean open = switch (ring.after(lastEventId)) {
                case Replay.Missed missed -> missed.events().stream().allMatch(client::offer);
                case Replay.Resync resync -> client.offer(
                        new FeedEvent(ring.lastId(), RESYNC, null, write(new Resync(resync.reason()))));
            };
            if (open) {
                clients.add(client);
                connected.set(clients.size());
            }
        }
        return client.sink.asFlux().doFinally(signal -> disconnect(client));
    }

    private synchronized void disconnect(Client client) {
        clients.remove(client);
        connected.set(clients.size());
    }

    private String write(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a stream event", e);
        }
    }

    /** Why a client must reload instead of being replayed: {@code unknown-id} (e.g. after a restart) or {@code too-old}. */
    @Serdeable
    record Resync(String reason) {
    }

    private record Client(@Nullable String disaster, Sinks.Many<FeedEvent> sink) {
        /** False when the client is too far behind: its stream is then ended and it is dropped. */
        boolean offer(FeedEvent event) {
            if (!event.concerns(disaster)) {
                return true;
            }
            if (sink.tryEmitNext(event).isSuccess()) {
                return true;
            }
            LOG.info("a stream client fell behind at event {}: disconnecting it so it resumes from its last id", event.id());
            sink.tryEmitComplete();
            return false;
        }
    }
}
