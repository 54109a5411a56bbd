package org.recoverytracker.aggregation.damage;

import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.recoverytracker.aggregation.ingest.ExactlyOnceIngestion;
import org.recoverytracker.aggregation.ingest.ExactlyOnceListener;
import org.recoverytracker.aggregation.ingest.IngestMetrics;
import org.recoverytracker.aggregation.ingest.ProjectionListener;
import org.recoverytracker.aggregation.ingest.StoredPositions;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.damage.DamageEvent;

/**
 * Feeds the damage projection from {@link Topics#DAMAGE_REPORTS}, with the semantics of {@link ExactlyOnceListener}, one
 * consumer per partition: the topic is keyed by report id and a report's rows (report, figures, its events' claims) are
 * touched by its own partition's batches only; a declaration's row by its disaster's.
 */
@ExactlyOnceListener(consumers = "${recovery.aggregation.damage-consumers}")
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
