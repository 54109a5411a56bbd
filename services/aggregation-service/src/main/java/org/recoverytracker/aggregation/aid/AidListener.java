package org.recoverytracker.aggregation.aid;

import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.recoverytracker.aggregation.ingest.ExactlyOnceIngestion;
import org.recoverytracker.aggregation.ingest.ExactlyOnceListener;
import org.recoverytracker.aggregation.ingest.IngestMetrics;
import org.recoverytracker.aggregation.ingest.ProjectionListener;
import org.recoverytracker.aggregation.ingest.StoredPositions;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.aid.AidEvent;

/** Feeds the aid projection from {@link Topics#AID_DONATIONS}, with the semantics of {@link ExactlyOnceListener}. */
@ExactlyOnceListener
final class AidListener extends ProjectionListener<AidEvent> {

    AidListener(ExactlyOnceIngestion ingestion, AidProjection projection, StoredPositions positions, IngestMetrics metrics) {
        super(ingestion, projection, positions, metrics);
    }

    @Topic(Topics.AID_DONATIONS)
    void receive(ConsumerRecords<String, byte[]> records, Consumer<?, ?> consumer) {
        take(records, consumer);
    }
}
