package org.recoverytracker.aggregation.ingest;

import org.recoverytracker.contracts.event.DomainEvent;

/**
 * A read model fed by one topic. {@link ExactlyOnceIngestion} calls it inside the batch's transaction, once per
 * event never seen before; a projection for another topic (aid, rebuilding) plugs in by implementing this.
 *
 * @param <E> the sealed root of the events published on the topic
 */
public interface Projection<E extends DomainEvent> {

    /** The sealed root of the topic's events; a {@code ce_type} naming any other class is a poison record. */
    Class<E> events();

    /**
     * Applies one event. Throws {@link UnapplicableEvent} when the event can never apply (unknown area, report
     * never submitted): it then goes to the dead-letter topic and consumption goes on.
     */
    Outcome apply(E event);

    /** Whether the event changed the read model or was stale (an older version than the one held). */
    enum Outcome {
        APPLIED, IGNORED
    }
}
