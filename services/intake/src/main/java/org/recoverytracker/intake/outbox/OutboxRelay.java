package org.recoverytracker.intake.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes committed outbox rows to Kafka, in id order for each key (see {@link OutboxPublisher#publish}), and marks
 * them sent. It wakes as soon as a
 * transaction that appended an event commits, and also every {@code poll-interval} so rows left by a
 * broker outage or a crash go out once the broker is back. A row published but not yet marked (crash
 * between the two) is published again: consumers deduplicate by event id.
 */
@Context
@Requires(property = "recovery.outbox.source")
public class OutboxRelay {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxStore store;
    private final OutboxPublisher publisher;
    private final Duration pollInterval;
    private final int batchSize;
    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicLong backlog = new AtomicLong();
    private final Counter published;
    private final Thread worker;
    private volatile boolean running = true;

    OutboxRelay(OutboxStore store, OutboxPublisher publisher, MeterRegistry meters,
                @Value("${recovery.outbox.poll-interval:1s}") Duration pollInterval,
                @Value("${recovery.outbox.batch-size:500}") int batchSize) {
        this.store = store;
        this.publisher = publisher;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
        meters.gauge("outbox.backlog", backlog);
        this.published = meters.counter("outbox.published");
        this.worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::run);
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onAppended(Outbox.OutboxAppended appended) {
        wakeUp.release();
    }

    /** Rows still waiting to be published, as of the relay's last look. */
    public long backlog() {
        return backlog.get();
    }

    private void run() {
        Duration retryDelay = Duration.ofMillis(200);
        while (running) {
            try {
                wakeUp.drainPermits();
                int sent = relayOnce();
                retryDelay = Duration.ofMillis(200);
                if (sent < batchSize) {
                    wakeUp.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("outbox relay could not publish, retrying in {} ms: {}", retryDelay.toMillis(), e.toString());
                sleepQuietly(retryDelay);
                retryDelay = retryDelay.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : retryDelay.multipliedBy(2);
            }
        }
    }

    /** Publishes one batch and marks it sent in the same transaction that locked it; returns how many. */
    int relayOnce() {
        return store.inBatch(batchSize, rows -> {
            if (!rows.isEmpty()) {
                publisher.publish(rows);
                published.increment(rows.size());
                LOG.debug("published {} outbox rows up to id {}", rows.size(), rows.getLast().id());
            }
            return rows;
        }, backlog::set);
    }

    private void sleepQuietly(Duration delay) {
        try {
            wakeUp.tryAcquire(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        wakeUp.release();
        worker.join(Duration.ofSeconds(10));
    }

    /** A row as stored: the record to send. */
    public record OutboxRow(long id, String topic, String key, byte[] payload, List<Header> headers) {
    }

    public record Header(String name, String value) {
    }
}
