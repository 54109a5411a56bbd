package org.recoverytracker.aggregation.stream;

import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.recoverytracker.aggregation.damage.DamageTotalsChanged;
import org.recoverytracker.aggregation.damage.DamageTotalsChanges;
import org.recoverytracker.contracts.area.Area;
import org.recoverytracker.contracts.area.BoundaryVersion;
import org.recoverytracker.contracts.area.Gazetteer;

/**
 * Puts a {@code damage-totals} event on the live stream once the batch that changed the figures has committed:
 * a batch rolled back (and retried) must never have told a dashboard about numbers that do not exist.
 */
@Singleton
class DamageTotalsPublisher {
    static final String EVENT = "damage-totals";

    private final ChangeFeed feed;
    private final Gazetteer gazetteer;
    private final Clock clock;

    DamageTotalsPublisher(ChangeFeed feed, Gazetteer gazetteer, Clock clock) {
        this.feed = feed;
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void committed(DamageTotalsChanges changes) {
        changes.changes().forEach(this::announce);
    }

    private void announce(DamageTotalsChanged change) {
        String boundaries = change.boundaryVersion().toString();
        Optional<BoundaryVersion> version = gazetteer.version(boundaries);
        Optional<Area> area = version.flatMap(v -> gazetteer.area(change.areaCode(), v));
        List<String> areas = new ArrayList<>();
        areas.add(change.areaCode());
        area.ifPresent(a -> gazetteer.ancestors(a.code(), a.version()).forEach(up -> areas.add(up.code())));
        feed.publish(EVENT, change.disasterId(), new DamageTotalsChange(change.reportId(), change.disasterId(), change.areaCode(),
                area.map(Area::fullName).orElse(change.areaCode()), area.map(a -> a.level().name()).orElse(null),
                boundaries, List.copyOf(areas), clock.instant()));
    }
}
