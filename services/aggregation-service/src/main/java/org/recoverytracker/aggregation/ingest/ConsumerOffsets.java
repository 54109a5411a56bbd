package org.recoverytracker.aggregation.ingest;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/** The next offset to read per (consumer group, topic, partition), stored beside the projection it produced. */
@Singleton
final class ConsumerOffsets {
    private final JdbcOperations jdbc;

    ConsumerOffsets(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Map<TopicPartition, Long> stored(String groupId, Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> found = new HashMap<>();
        for (TopicPartition partition : partitions) {
            jdbc.prepareStatement("""
                    SELECT next_offset FROM consumer_offset WHERE group_id = ? AND topic = ? AND partition_no = ?""",
                    statement -> {
                        statement.setString(1, groupId);
                        statement.setString(2, partition.topic());
                        statement.setInt(3, partition.partition());
                        try (var rows = statement.executeQuery()) {
                            if (rows.next()) {
                                found.put(partition, rows.getLong(1));
                            }
                        }
                        return null;
                    });
        }
        return found;
    }

    /** Moves each partition's stored offset forward; never back, should a revoked consumer finish a batch late. */
    void advance(String groupId, Map<TopicPartition, Long> nextOffsets, Instant now) {
        nextOffsets.forEach((partition, next) -> jdbc.prepareStatement("""
                INSERT INTO consumer_offset (group_id, topic, partition_no, next_offset, updated_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (group_id, topic, partition_no)
                DO UPDATE SET next_offset = GREATEST(consumer_offset.next_offset, EXCLUDED.next_offset),
                              updated_at = EXCLUDED.updated_at""", statement -> {
            statement.setString(1, groupId);
            statement.setString(2, partition.topic());
            statement.setInt(3, partition.partition());
            statement.setLong(4, next);
            statement.setTimestamp(5, Timestamp.from(now));
            return statement.executeUpdate();
        }));
    }
}
