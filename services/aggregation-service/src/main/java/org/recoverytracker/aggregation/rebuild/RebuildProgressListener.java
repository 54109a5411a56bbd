package org.recoverytracker.aggregation.rebuild;

import io.micronaut.configuration.kafka.annotation.Topic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.recoverytracker.aggregation.ingest.ExactlyOnceIngestion;
import org.recoverytracker.aggregation.ingest.ExactlyOnceListener;
import org.recoverytracker.aggregation.ingest.IngestMetrics;
import org.recoverytracker.aggregation.ingest.ProjectionListener;
import org.recoverytracker.aggregation.ingest.StoredPositions;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.rebuild.RebuildEvent;

/** Feeds the rebuild projection from {@link Topics#REBUILD_PROGRESS}, with the semantics of {@link ExactlyOnceListener}. */
@ExactlyOnceListener
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
