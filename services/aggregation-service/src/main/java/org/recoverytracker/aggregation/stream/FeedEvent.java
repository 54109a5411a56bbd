package org.recoverytracker.aggregation.stream;

import io.micronaut.core.annotation.Nullable;

/**
 * One named event of the live stream: {@code id} orders it (see {@link EventRing}), {@code name} is the SSE
 * {@code event:} field, {@code data} its JSON text. {@code disasterId} lets a client listen to one disaster only;
 * null for an event that concerns every client (a resync).
 */
public record FeedEvent(String id, String name, @Nullable String disasterId, String data) {

    /** Whether a client that asked for {@code disaster} (null: all of them) should see this event. */
    boolean concerns(@Nullable String disaster) {
        return disaster == null || disasterId == null || disaster.equals(disasterId);
    }
}
