package org.recoverytracker.aggregation.ingest;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /** One event of a batch to claim. */
    record Claim(UUID eventId, String type, ConsumerRecord<?, ?> record) {
    }

    /**
     * {@link #claim} for a whole batch in one statement; returns the ids claimed now. The ids must be distinct (one
     * statement cannot insert and update the same row twice).
     */
    Set<UUID> claimAll(List<Claim> claims, Instant now) {
        if (claims.isEmpty()) {
            return Set.of();
        }
        return jdbc.prepareStatement("""
                INSERT INTO processed_event (event_id, topic, partition_no, record_offset, event_type, outcome, processed_at)
                SELECT claim.event_id, claim.topic, claim.partition_no, claim.record_offset, claim.event_type, 'APPLIED', ?
                FROM unnest(?::uuid[], ?::text[], ?::integer[], ?::bigint[], ?::text[])
                     AS claim (event_id, topic, partition_no, record_offset, event_type)
                ON CONFLICT (event_id) DO UPDATE SET topic = EXCLUDED.topic, partition_no = EXCLUDED.partition_no,
                    record_offset = EXCLUDED.record_offset, outcome = 'APPLIED', processed_at = EXCLUDED.processed_at
                WHERE processed_event.outcome = 'DEAD_LETTERED'
                RETURNING event_id""", statement -> {
            Connection connection = statement.getConnection();
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setArray(2, array(connection, "uuid", claims.stream().map(Claim::eventId).toArray()));
            statement.setArray(3, array(connection, "text", claims.stream().map(c -> c.record().topic()).toArray()));
            statement.setArray(4, array(connection, "integer", claims.stream().map(c -> c.record().partition()).toArray()));
            statement.setArray(5, array(connection, "bigint", claims.stream().map(c -> c.record().offset()).toArray()));
            statement.setArray(6, array(connection, "text", claims.stream().map(Claim::type).toArray()));
            Set<UUID> claimed = new HashSet<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    claimed.add(rows.getObject(1, UUID.class));
                }
            }
            return claimed;
        });
    }

    /** {@link #markOutcome} for many events in one statement. */
    void markOutcomes(Collection<UUID> eventIds, String outcome) {
        if (eventIds.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("UPDATE processed_event SET outcome = ? WHERE event_id = ANY (?)", statement -> {
            statement.setString(1, outcome);
            statement.setArray(2, array(statement.getConnection(), "uuid", eventIds.toArray()));
            return statement.executeUpdate();
        });
    }

    private static Array array(Connection connection, String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }

    void markOutcome(UUID eventId, String outcome) {
        jdbc.prepareStatement("UPDATE processed_event SET outcome = ? WHERE event_id = ?", statement -> {
            statement.setString(1, outcome);
            statement.setObject(2, eventId);
            return statement.executeUpdate();
        });
    }
}
