package org.recoverytracker.aggregation.ingest;

import io.micronaut.configuration.kafka.seek.KafkaSeekOperation;
import io.micronaut.configuration.kafka.seek.KafkaSeeker;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a listener resumes when it is given partitions: the offsets stored with the projection, or the
 * beginning of the partition when none are stored (a fresh database rebuilds from the whole log).
 */
@Singleton
public class StoredPositions {
    private static final Logger LOG = LoggerFactory.getLogger(StoredPositions.class);

    private final ConsumerOffsets offsets;
    private final String groupId;

    StoredPositions(ConsumerOffsets offsets, @Value("${recovery.aggregation.group-id}") String groupId) {
        this.offsets = offsets;
        this.groupId = groupId;
    }

    /** Runs on the consumer's thread during a rebalance, so it opens a connection of its own. */
    @ReadOnly
    public void seek(Collection<TopicPartition> partitions, KafkaSeeker seeker) {
        Map<TopicPartition, Long> stored = offsets.stored(groupId, partitions);
        for (TopicPartition partition : partitions) {
            Long next = stored.get(partition);
            LOG.info("group {} resumes {} at {}", groupId, partition, next == null ? "the beginning" : next);
            seeker.perform(next == null
                    ? KafkaSeekOperation.seekToBeginning(partition)
                    : KafkaSeekOperation.seek(partition, next));
        }
    }
}
