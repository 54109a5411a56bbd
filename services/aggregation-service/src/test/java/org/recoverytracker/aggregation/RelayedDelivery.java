package org.recoverytracker.aggregation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Issue 9's delivery shape, shared by the model-based delivery-order tests: how an outbox relay whose send failed part
 * way may put one key's events on the topic. A run's random choices replay with {@code -Drecovery.delivery-order.seed}.
 */
final class RelayedDelivery {
    private RelayedDelivery() {
    }

    /** The seed of this run: the one given, else a new one (named in the failure message so it can be replayed). */
    static long seed() {
        return Long.getLong("recovery.delivery-order.seed", System.nanoTime());
    }

    /**
     * What the relay may put on the topic for one key: the events before {@code failedFrom} went out in earlier
     * batches; of the failed batch, the producer's first request was lost but its later ones ({@code landedFrom} on)
     * landed; then the whole failed batch went out again, with the same event ids.
     */
    static <E> List<E> asRelayed(Random random, List<E> history) {
        int failedFrom = random.nextInt(history.size());
        int landedFrom = failedFrom + 1 + random.nextInt(history.size() - failedFrom);
        List<E> relayed = new ArrayList<>(history.subList(0, failedFrom));
        relayed.addAll(history.subList(landedFrom, history.size()));
        relayed.addAll(history.subList(failedFrom, history.size()));
        return relayed;
    }
}
