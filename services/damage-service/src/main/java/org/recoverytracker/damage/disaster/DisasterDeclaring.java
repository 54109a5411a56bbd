package org.recoverytracker.damage.disaster;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.damage.DisasterDeclared;
import org.recoverytracker.intake.idempotency.Fingerprint;
import org.recoverytracker.intake.idempotency.IdempotentIntake;
import org.recoverytracker.intake.idempotency.IntakeLock;
import org.recoverytracker.intake.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Declares a disaster once; declaring the same one again is answered as before. */
@Singleton
public class DisasterDeclaring {
    private static final Logger LOG = LoggerFactory.getLogger(DisasterDeclaring.class);

    private final DisasterStore store;
    private final IntakeLock lock;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;

    DisasterDeclaring(DisasterStore store, IntakeLock lock, Outbox outbox, ObjectMapper json, Clock clock) {
        this.store = store;
        this.lock = lock;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    public record Declared(boolean created, DisasterView disaster) {
    }

    @Transactional
    public Declared declare(DisasterRequest request, String declaredBy) {
        String fingerprint = Fingerprint.of(json, request);
        lock.lock("disaster", request.id());
        Optional<DisasterStore.Stored> existing = store.find(request.id());
        IdempotentIntake.Step step = IdempotentIntake.decide("disaster " + request.id(),
                existing.map(s -> new IdempotentIntake.Current(1, s.fingerprint(), s.fingerprint().equals(fingerprint))),
                fingerprint, OptionalInt.empty());
        if (step instanceof IdempotentIntake.Replay) {
            return new Declared(false, existing.orElseThrow().view());
        }
        Instant now = clock.instant();
        DisasterView disaster = new DisasterView(request.id(), request.nameVi(), request.nameEn(), List.copyOf(request.hazards()),
                request.startDate(), List.copyOf(request.provinces()), declaredBy, now);
        store.insert(disaster, fingerprint);
        outbox.append(Topics.DAMAGE_REPORTS, new DisasterDeclared(UUID.randomUUID(), now, disaster.id(), 1, disaster.nameVi(),
                disaster.nameEn(), disaster.hazards(), disaster.startDate(), disaster.provinces(), declaredBy));
        LOG.info("declared disaster {}", disaster.id());
        return new Declared(true, disaster);
    }

    @ReadOnly
    public List<DisasterView> all() {
        return store.all();
    }

    @ReadOnly
    public Optional<DisasterView> find(String id) {
        return store.find(id).map(DisasterStore.Stored::view);
    }
}
