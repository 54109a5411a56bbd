package org.recoverytracker.aggregation.ingest;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/** Events taken in by outcome, and how far each partition's consumer is behind the end of its log. */
@Singleton
public final class IngestMetrics {
    private final MeterRegistry registry;
    private final Map<TopicPartition, AtomicLong> lags = new ConcurrentHashMap<>();

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(String topic, String outcome) {
        count(topic, outcome, 1);
    }

    void count(String topic, String outcome, long events) {
        if (events > 0) {
            registry.counter("aggregation.events", Tags.of("topic", topic, "outcome", outcome)).increment(events);
        }
    }

    /** Called on the consumer's own thread (the consumer is not thread-safe); scrapes read the last value. */
    public void observeLag(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            OptionalLong lag = consumer.currentLag(partition);
            if (lag.isPresent()) {
                lags.computeIfAbsent(partition, this::register).set(lag.getAsLong());
            }
        }
    }

    private AtomicLong register(TopicPartition partition) {
        AtomicLong lag = new AtomicLong();
        Gauge.builder("aggregation.consumer.lag", lag, AtomicLong::get)
                .tags("topic", partition.topic(), "partition", Integer.toString(partition.partition()))
                .description("records between the last consumed offset and the end of the partition")
                .register(registry);
        return lag;
    }
}
