package org.recoverytracker.aggregation.aid;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.recoverytracker.aggregation.aid.AidMovements.HeldDonation;
import org.recoverytracker.aggregation.aid.AidMovements.Movement;
import org.recoverytracker.aggregation.ingest.Projection;
import org.recoverytracker.aggregation.ingest.UnapplicableEvent;
import org.recoverytracker.contracts.aid.AidAllocated;
import org.recoverytracker.contracts.aid.AidDistributed;
import org.recoverytracker.contracts.aid.AidEvent;
import org.recoverytracker.contracts.aid.DonationAmended;
import org.recoverytracker.contracts.aid.DonationPledged;
import org.recoverytracker.contracts.aid.DonationReceived;
import org.recoverytracker.contracts.aid.Pledge;
import org.recoverytracker.contracts.area.Gazetteer;

/**
 * Keeps every movement of aid with its lines. A pledge (or its amendment, which replaces it whole) is kept apart from
 * what was received; a receipt, allocation or distribution is stored once under its own id, so the same one announced
 * twice counts once. Whatever order a donation's events arrive in, the pledge shown is that of the latest pledge or
 * amendment taken in and every receipt counts where that pledge says: pledge and receipts are versioned apart, because
 * a relay may publish a receipt before the amendment that preceded it (issue 9), and the amendment must still count. Area codes are read in the boundaries valid on the movement's own date. Every change is announced
 * ({@link AidTotalsChanged}) for the live stream.
 */
@Singleton
final class AidProjection implements Projection<AidEvent> {
    private final AidMovements movements;
    private final Gazetteer gazetteer;
    private final ApplicationEventPublisher<AidTotalsChanged> changes;

    AidProjection(AidMovements movements, Gazetteer gazetteer, ApplicationEventPublisher<AidTotalsChanged> changes) {
        this.movements = movements;
        this.gazetteer = gazetteer;
        this.changes = changes;
    }

    @Override
    public Class<AidEvent> events() {
        return AidEvent.class;
    }

    @Override
    public Outcome apply(AidEvent event) {
        Outcome outcome = project(event);
        if (outcome == Outcome.APPLIED) {
            changes.publishEvent(new AidTotalsChanged(disasterOf(event)));
        }
        return outcome;
    }

    /** The fund an applied event changed; an amended pledge may have left another one, so it concerns all. */
    private @Nullable String disasterOf(AidEvent event) {
        return switch (event) {
            case DonationPledged pledged -> pledged.pledge().disasterId();
            case DonationAmended amended -> null;
            case DonationReceived received -> movements.donation(received.donationId()).map(HeldDonation::disasterId).orElse(null);
            case AidAllocated allocated -> allocated.disasterId();
            case AidDistributed distributed -> distributed.disasterId();
        };
    }

    private Outcome project(AidEvent event) {
        return switch (event) {
            case DonationPledged pledged -> pledge(pledged.donationId(), pledged.version(), pledged.pledge());
            case DonationAmended amended -> {
                existing(amended.donationId(), "amended");
                yield pledge(amended.donationId(), amended.version(), amended.pledge());
            }
            case DonationReceived received -> receive(received);
            case AidAllocated a -> store(new Movement(a.allocationId(), AidState.ALLOCATED, a.donationId(), a.allocationId(),
                    a.disasterId(), a.areaCode(), versionOn(a.areaCode(), a.allocatedAt()), a.sector().name(), null,
                    a.allocatedAt()), a);
            case AidDistributed d -> store(new Movement(d.distributionId(), AidState.DISTRIBUTED, d.donationId(),
                    d.allocationId(), d.disasterId(), d.areaCode(), versionOn(d.areaCode(), d.distributedAt()), d.sector().name(),
                    d.households(), d.distributedAt()), d);
        };
    }

    private Outcome pledge(UUID donationId, int version, Pledge pledge) {
        if (movements.donation(donationId).filter(held -> held.pledgeVersion() >= version).isPresent()) {
            return Outcome.IGNORED;
        }
        String target = pledge.targetAreaCode();
        LocalDate targetVersion = target == null ? null : versionOn(target, pledge.pledgedAt());
        movements.storeDonation(donationId, version, pledge, targetVersion);
        movements.forget(donationId);
        movements.insert(new Movement(donationId, AidState.PLEDGED, donationId, null, pledge.disasterId(), target, targetVersion,
                null, null, pledge.pledgedAt()), pledge.cash(), pledge.inKind());
        movements.retarget(donationId, pledge.disasterId(), target, targetVersion);
        return Outcome.APPLIED;
    }

    private Outcome receive(DonationReceived r) {
        HeldDonation donation = existing(r.donationId(), "received");
        Movement receipt = new Movement(r.receiptId(), AidState.RECEIVED, r.donationId(), null, donation.disasterId(),
                donation.targetAreaCode(), donation.boundaryVersion(), null, null, r.receivedAt());
        if (!movements.insert(receipt, r.cash(), r.inKind())) {
            return Outcome.IGNORED;
        }
        movements.raiseVersion(r.donationId(), r.version());
        return Outcome.APPLIED;
    }

    private Outcome store(Movement movement, AidAllocated a) {
        return movements.insert(movement, a.cash(), a.inKind()) ? Outcome.APPLIED : Outcome.IGNORED;
    }

    private Outcome store(Movement movement, AidDistributed d) {
        return movements.insert(movement, d.cash(), d.inKind()) ? Outcome.APPLIED : Outcome.IGNORED;
    }

    private HeldDonation existing(UUID donationId, String what) {
        return movements.donation(donationId).orElseThrow(() ->
                new UnapplicableEvent("donation " + donationId + " was " + what + " but never pledged"));
    }

    private LocalDate versionOn(@Nullable String code, Instant at) {
        return gazetteer.find(code, at).orElseThrow(() -> new UnapplicableEvent(
                "area " + code + " is not a valid code on " + Gazetteer.dateOf(at))).validFrom();
    }
}
