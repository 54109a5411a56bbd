package org.recoverytracker.contracts.event;

import java.time.Instant;
import java.util.UUID;

/**
 * What every event on every topic carries. {@code occurredAt} is when it happened in the field,
 * not when it arrived; {@code entityId} is also the Kafka record key, so all versions of one entity
 * stay ordered in one partition.
 */
public interface DomainEvent {
    UUID eventId();

    Instant occurredAt();

    String entityId();

    int version();
}
