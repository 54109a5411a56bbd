package org.recoverytracker.donation.ledger;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.aid.AidEvent;
import org.recoverytracker.donation.ledger.AidLedger.Owner;
import org.recoverytracker.intake.idempotency.Fingerprint;
import org.recoverytracker.intake.idempotency.IntakeLock;
import org.recoverytracker.intake.outbox.Outbox;

/**
 * How a receipt, an allocation or a distribution is recorded, once: recognise a retry by the request's fingerprint,
 * else store the movement, its ledger lines and its event in the caller's transaction.
 */
@Singleton
public class MovementRecorder {
    private final MovementStore movements;
    private final IntakeLock lock;
    private final AidLedger ledger;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;

    MovementRecorder(MovementStore movements, IntakeLock lock, AidLedger ledger, Outbox outbox, ObjectMapper json, Clock clock) {
        this.movements = movements;
        this.lock = lock;
        this.ledger = ledger;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    public String fingerprint(Object request) {
        return Fingerprint.of(json, request);
    }

    public Instant now() {
        return clock.instant();
    }

    /** The event recorded for this very request before, if this is a retry; see {@link MovementStore#replayOf}. */
    public <E extends AidEvent> Optional<E> replayOf(Movement movement, UUID id, String fingerprint, Class<E> type) {
        lock.lock("aid-movement", id);
        return movements.replayOf(movement, id, fingerprint, type);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(Movement movement, UUID id, Owner owner, Lines lines, AidEvent event, String fingerprint,
                       Instant recordedAt) {
        movements.insert(movement, id, owner.donationId(), owner.allocationId(), event, fingerprint, recordedAt);
        ledger.record(movement, id, owner, lines);
        outbox.append(Topics.AID_DONATIONS, event);
    }
}
