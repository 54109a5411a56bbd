package org.recoverytracker.aggregation.ingest;

import org.recoverytracker.contracts.event.DomainEvent;

/** What a consumed record turned out to be: an event of the topic, or poison with the reason why. */
sealed interface Decoded<E extends DomainEvent> {

    record Event<E extends DomainEvent>(E event, String type) implements Decoded<E> {
    }

    record Poison<E extends DomainEvent>(String reason) implements Decoded<E> {
    }
}
