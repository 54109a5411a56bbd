package org.recoverytracker.intake.outbox;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.recoverytracker.contracts.event.CloudEventHeaders;
import org.recoverytracker.contracts.event.DomainEvent;

/**
 * Stores an event in the caller's transaction, so state and event commit together or not at all;
 * the {@link OutboxRelay} publishes it once committed.
 */
@Singleton
public class Outbox {
    private final JdbcOperations jdbc;
    private final ObjectMapper json;
    private final ApplicationEventPublisher<OutboxAppended> appended;
    private final String source;

    Outbox(JdbcOperations jdbc, ObjectMapper json, ApplicationEventPublisher<OutboxAppended> appended,
           @Value("${recovery.outbox.source}") String source) {
        this.jdbc = jdbc;
        this.json = json;
        this.appended = appended;
        this.source = source;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void append(String topic, DomainEvent event) {
        byte[] payload = write(event);
        byte[] headers = write(CloudEventHeaders.of(event, source));
        jdbc.prepareStatement("""
                INSERT INTO outbox (event_id, topic, record_key, payload, headers)
                VALUES (?, ?, ?, ?, ?::jsonb)""", statement -> {
            try {
                statement.setObject(1, event.eventId());
                statement.setString(2, topic);
                statement.setString(3, event.entityId());
                statement.setBytes(4, payload);
                statement.setString(5, new String(headers, StandardCharsets.UTF_8));
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot store event " + event.eventId() + " in the outbox", e);
            }
        });
        appended.publishEvent(new OutboxAppended(topic, event));
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Published inside the transaction: the audit trail records it there, the relay reacts after commit. */
    public record OutboxAppended(String topic, DomainEvent event) {
    }

}
