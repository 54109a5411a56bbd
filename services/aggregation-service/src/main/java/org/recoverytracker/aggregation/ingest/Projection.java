package org.recoverytracker.aggregation.ingest;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * Applies a batch's events in their order, with the same effect as {@link #apply} on each in turn; returns their
     * outcomes in that order. A projection may override it to read and write the whole batch in a few statements.
     * If any event cannot apply, it throws as {@link #apply} would and {@link ExactlyOnceIngestion} undoes the lot.
     */
    default List<Outcome> applyAll(List<E> events) {
        List<Outcome> outcomes = new ArrayList<>(events.size());
        events.forEach(event -> outcomes.add(apply(event)));
        return outcomes;
    }

    /** Whether the event changed the read model or was stale (an older version than the one held). */
    enum Outcome {
        APPLIED, IGNORED
    }
}
