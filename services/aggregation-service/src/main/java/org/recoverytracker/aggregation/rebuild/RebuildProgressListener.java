package org.recoverytracker.aggregation.rebuild;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.recoverytracker.aggregation.ingest.ExactlyOnceIngestion;
import org.recoverytracker.aggregation.ingest.IngestMetrics;
import org.recoverytracker.aggregation.ingest.ProjectionListener;
import org.recoverytracker.aggregation.ingest.StoredPositions;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.rebuild.RebuildEvent;

/**
 * Feeds the rebuild projection from {@link Topics#REBUILD_PROGRESS} with the same exactly-once effect as the damage
 * listener: offsets stored in PostgreSQL with each batch's effect (never committed to Kafka), resume from them on
 * assignment, a failed batch retried from its start every second and never skipped, poison to the dead-letter topic.
 */
@KafkaListener(
        groupId = "${recovery.aggregation.group-id}",
        batch = true,
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.DISABLED,
        errorStrategy = @ErrorStrategy(
                value = ErrorStrategyValue.RETRY_ON_ERROR,
                retryDelay = "1s",
                retryCount = Integer.MAX_VALUE,
                handleAllExceptions = true))
final class RebuildProgressListener extends ProjectionListener<RebuildEvent> {

    RebuildProgressListener(ExactlyOnceIngestion ingestion, RebuildProjection projection, StoredPositions positions,
                            IngestMetrics metrics) {
        super(ingestion, projection, positions, metrics);
    }

    @Topic(Topics.REBUILD_PROGRESS)
    void receive(ConsumerRecords<String, byte[]> records, Consumer<?, ?> consumer) {
        take(records, consumer);
    }
}
