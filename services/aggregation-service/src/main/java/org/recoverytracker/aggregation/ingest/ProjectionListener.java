package org.recoverytracker.aggregation.ingest;

import io.micronaut.configuration.kafka.ConsumerSeekAware;
import io.micronaut.configuration.kafka.seek.KafkaSeeker;
import java.util.Collection;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.recoverytracker.contracts.event.DomainEvent;

/**
 * Feeds one projection from one topic: each batch goes through {@link ExactlyOnceIngestion}, and each assigned
 * partition resumes where the projection's stored offsets say. A subclass carries {@link ExactlyOnceListener} and one
 * {@code @Topic} method that calls {@link #take}.
 */
public abstract class ProjectionListener<E extends DomainEvent> implements ConsumerSeekAware {
    private final ExactlyOnceIngestion ingestion;
    private final Projection<E> projection;
    private final StoredPositions positions;
    private final IngestMetrics metrics;

    protected ProjectionListener(ExactlyOnceIngestion ingestion, Projection<E> projection, StoredPositions positions,
                                 IngestMetrics metrics) {
        this.ingestion = ingestion;
        this.projection = projection;
        this.positions = positions;
        this.metrics = metrics;
    }

    protected void take(ConsumerRecords<String, byte[]> records, Consumer<?, ?> consumer) {
        ingestion.ingest(records, projection);
        metrics.observeLag(consumer, records.partitions());
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions, KafkaSeeker seeker) {
        positions.seek(partitions, seeker);
    }
}
