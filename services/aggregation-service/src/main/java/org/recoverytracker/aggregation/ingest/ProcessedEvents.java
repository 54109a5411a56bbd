package org.recoverytracker.aggregation.ingest;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The ids of events already taken in, written in the batch's transaction (the idempotent-consumer log). */
@Singleton
final class ProcessedEvents {
    private final JdbcOperations jdbc;

    ProcessedEvents(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the event as applied; false when it was taken in before (by this or any earlier batch). An event that
     * was dead-lettered is taken in again: that is how {@code ./recovery dlt replay} re-processes it after a fix.
     */
    boolean claim(UUID eventId, String type, ConsumerRecord<?, ?> record, Instant now) {
        return jdbc.prepareStatement("""
                INSERT INTO processed_event (event_id, topic, partition_no, record_offset, event_type, outcome, processed_at)
                VALUES (?, ?, ?, ?, ?, 'APPLIED', ?)
                ON CONFLICT (event_id) DO UPDATE SET topic = EXCLUDED.topic, partition_no = EXCLUDED.partition_no,
                    record_offset = EXCLUDED.record_offset, outcome = 'APPLIED', processed_at = EXCLUDED.processed_at
                WHERE processed_event.outcome = 'DEAD_LETTERED'""", statement -> {
            statement.setObject(1, eventId);
            statement.setString(2, record.topic());
            statement.setInt(3, record.partition());
            statement.setLong(4, record.offset());
            statement.setString(5, type);
            statement.setTimestamp(6, Timestamp.from(now));
            return statement.executeUpdate() == 1;
        });
    }

    void markOutcome(UUID eventId, String outcome) {
        jdbc.prepareStatement("UPDATE processed_event SET outcome = ? WHERE event_id = ?", statement -> {
            statement.setString(1, outcome);
            statement.setObject(2, eventId);
            return statement.executeUpdate();
        });
    }
}
