package org.recoverytracker.aggregation.damage;

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
import org.recoverytracker.contracts.damage.DamageEvent;

/**
 * Feeds the damage projection from {@link Topics#DAMAGE_REPORTS}, a batch per poll. Offsets are never committed to
 * Kafka: they are stored in PostgreSQL with the batch's effect, and each assigned partition resumes from there
 * (the beginning when none is stored). A batch that fails (database or dead-letter topic unreachable) is never
 * skipped: the consumer seeks back to its start and retries every second until it commits. Poison records do not
 * fail the batch; they go to the dead-letter topic.
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
final class DamageReportListener extends ProjectionListener<DamageEvent> {

    DamageReportListener(ExactlyOnceIngestion ingestion, DamageProjection projection, StoredPositions positions,
                         IngestMetrics metrics) {
        super(ingestion, projection, positions, metrics);
    }

    @Topic(Topics.DAMAGE_REPORTS)
    void receive(ConsumerRecords<String, byte[]> records, Consumer<?, ?> consumer) {
        take(records, consumer);
    }
}
