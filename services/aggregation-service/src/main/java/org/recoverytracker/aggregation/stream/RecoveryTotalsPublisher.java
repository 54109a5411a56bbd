package org.recoverytracker.aggregation.stream;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.recoverytracker.aggregation.aid.AidTotalsChanged;
import org.recoverytracker.aggregation.rebuild.RebuildTotalsChanged;

/**
 * Puts {@code aid-totals} and {@code rebuild-totals} events on the live stream once the batch that changed them has
 * committed. They name the disaster only: a page refetches its aid or rebuilding panels, whose figures roll up over
 * every area anyway.
 */
@Singleton
class RecoveryTotalsPublisher {
    static final String AID = "aid-totals";
    static final String REBUILD = "rebuild-totals";

    private final ChangeFeed feed;
    private final Clock clock;

    RecoveryTotalsPublisher(ChangeFeed feed, Clock clock) {
        this.feed = feed;
        this.clock = clock;
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void committed(AidTotalsChanged change) {
        feed.publish(AID, change.disasterId(), new RecoveryTotalsChange(change.disasterId(), clock.instant()));
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void committed(RebuildTotalsChanged change) {
        feed.publish(REBUILD, change.disasterId(), new RecoveryTotalsChange(change.disasterId(), clock.instant()));
    }
}
