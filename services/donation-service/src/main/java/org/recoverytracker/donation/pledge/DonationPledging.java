package org.recoverytracker.donation.pledge;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.aid.DonationAmended;
import org.recoverytracker.contracts.aid.DonationPledged;
import org.recoverytracker.contracts.aid.DonationReceived;
import org.recoverytracker.contracts.aid.Donor;
import org.recoverytracker.contracts.aid.Pledge;
import org.recoverytracker.donation.ledger.AidLedger;
import org.recoverytracker.donation.ledger.AidLedger.Owner;
import org.recoverytracker.donation.ledger.AidLedger.Scope;
import org.recoverytracker.donation.ledger.AidRules;
import org.recoverytracker.donation.ledger.Lines;
import org.recoverytracker.donation.ledger.Movement;
import org.recoverytracker.donation.ledger.MovementStore;
import org.recoverytracker.donation.ledger.Outcome;
import org.recoverytracker.intake.idempotency.Fingerprint;
import org.recoverytracker.intake.idempotency.IdempotentIntake;
import org.recoverytracker.intake.idempotency.IdempotentIntake.Amend;
import org.recoverytracker.intake.idempotency.IdempotentIntake.Create;
import org.recoverytracker.intake.idempotency.IdempotentIntake.Replay;
import org.recoverytracker.intake.idempotency.IntakeLock;
import org.recoverytracker.intake.outbox.Outbox;
import org.recoverytracker.intake.problem.Problem.InvalidParam;
import org.recoverytracker.intake.problem.ProblemException;
import org.recoverytracker.intake.security.Actors;
import org.recoverytracker.intake.security.AreaScope;
import org.recoverytracker.intake.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pledging and amending a donation, stored with its event in one transaction; a donation received at once is also
 * received here, in the same transaction. An amendment may not hold less than was already received.
 */
@Singleton
public class DonationPledging {
    private static final Logger LOG = LoggerFactory.getLogger(DonationPledging.class);

    private final DonationStore store;
    private final IntakeLock lock;
    private final DonationReceiving receiving;
    private final MovementStore movements;
    private final AidLedger ledger;
    private final AidRules rules;
    private final AreaScope areaScope;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;

    DonationPledging(DonationStore store, IntakeLock lock, DonationReceiving receiving, MovementStore movements, AidLedger ledger,
                     AidRules rules, AreaScope areaScope, Outbox outbox, ObjectMapper json, Clock clock) {
        this.areaScope = areaScope;
        this.lock = lock;
        this.store = store;
        this.receiving = receiving;
        this.movements = movements;
        this.ledger = ledger;
        this.rules = rules;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /** Field staff record only aid received at once, for an area inside their assignment (no target area: the province). */
    @Transactional
    public Outcome<DonationAnswer> pledge(UUID donationId, DonationRequest request, OptionalInt ifMatch, Authentication caller) {
        String user = Actors.name(caller);
        String fingerprint = Fingerprint.of(json, request);
        lock.lock("donation", donationId);
        Optional<DonationStore.Stored> current = store.find(donationId, true);
        IdempotentIntake.Step step = IdempotentIntake.decide("donation " + donationId,
                current.map(c -> new IdempotentIntake.Current(c.version(), c.fingerprint(),
                        store.hasVersionWithFingerprint(donationId, fingerprint))),
                fingerprint, ifMatch);
        return switch (step) {
            case Replay replay -> new Outcome<>(false, answer(current.orElseThrow()));
            case Create create -> create(donationId, request, fingerprint, caller);
            case Amend amend -> amend(current.orElseThrow(), amend, request, fingerprint, caller);
        };
    }

    private Outcome<DonationAnswer> create(UUID donationId, DonationRequest request, String fingerprint, Authentication caller) {
        Pledge pledge = check(request, new ArrayList<>());
        authorize(caller, request);
        String user = Actors.name(caller);
        Instant now = clock.instant();
        String fund = AidLedger.fundOf(pledge.disasterId());
        DonationStore.Stored donation = new DonationStore.Stored(donationId, 1, fund, pledge, request.receivedAt(), fingerprint,
                user, now);
        store.insert(donation);
        ledger.record(Movement.PLEDGED, donationId, new Owner(fund, donationId, null), new Lines(pledge.cash(), pledge.inKind()));
        outbox.append(Topics.AID_DONATIONS, new DonationPledged(UUID.randomUUID(), pledge.pledgedAt(), donationId, 1, pledge,
                user, now));
        LOG.info("donation {} pledged by a {} donor for fund '{}'", donationId, pledge.donor().type(), fund);
        if (request.receivedAt() == null) {
            return new Outcome<>(true, answer(donation));
        }
        DonationReceived receipt = receiving.receiveAtOnce(donation, user);
        return new Outcome<>(true, new DonationAnswer(donationId, receipt.version(), receipt.receiptId()));
    }

    private Outcome<DonationAnswer> amend(DonationStore.Stored current, Amend amend, DonationRequest request, String fingerprint,
                                         Authentication caller) {
        String user = Actors.name(caller);
        List<InvalidParam> invalid = new ArrayList<>();
        if (!Objects.equals(request.receivedAt(), current.receivedAt())) {
            invalid.add(new InvalidParam("receivedAt", "cannot change by amendment: record what arrives later as a receipt at "
                    + "/api/v1/donations/" + current.donationId() + "/receipts/{receiptId}"));
        }
        Pledge pledge = check(request, invalid);
        String fund = AidLedger.fundOf(pledge.disasterId());
        var received = ledger.quantities(Movement.RECEIVED, Scope.DONATION, current.donationId());
        if (!received.isEmpty() && !fund.equals(current.fund())) {
            invalid.add(new InvalidParam("disasterId", "cannot change: aid of this donation was already received into the "
                    + (current.fund().isEmpty() ? "general fund" : "fund of " + current.fund())));
        }
        Lines lines = new Lines(pledge.cash(), pledge.inKind());
        AidRules.keeps(lines, received, "received", invalid);
        if (!invalid.isEmpty()) {
            throw ProblemException.unprocessable(invalid);
        }
        authorize(caller, request);
        DonationStore.Stored next = new DonationStore.Stored(current.donationId(), amend.nextVersion(), fund, pledge,
                current.receivedAt(), fingerprint, user, clock.instant());
        store.amend(next);
        ledger.forget(Movement.PLEDGED, current.donationId());
        ledger.record(Movement.PLEDGED, current.donationId(), new Owner(fund, current.donationId(), null), lines);
        outbox.append(Topics.AID_DONATIONS, new DonationAmended(UUID.randomUUID(), pledge.pledgedAt(), current.donationId(),
                next.version(), amend.replacesVersion(), pledge, user, next.recordedAt()));
        LOG.info("donation {} amended to version {}", current.donationId(), next.version());
        return new Outcome<>(false, answer(next));
    }

    /** The pledge in the contract's shape, or a 422 naming every field that breaks a rule (with those found before). */
    private void authorize(Authentication caller, DonationRequest request) {
        if (Roles.isFieldStaffOnly(caller) && request.receivedAt() == null) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "pledges-are-for-coordinators",
                    "field staff record aid that arrived (with receivedAt); pledges are registered by coordinators",
                    List.of(new InvalidParam("receivedAt", "required for field staff")));
        }
        areaScope.require(caller, "targetAreaCode", request.targetAreaCode(), request.pledgedAt());
    }

    private Pledge check(DonationRequest request, List<InvalidParam> invalid) {
        Lines lines = rules.lines(request.cash(), request.inKind(), invalid);
        boolean pledgedInPast = rules.notInFuture(request.pledgedAt(), "pledgedAt", invalid);
        if (request.receivedAt() != null) {
            rules.notInFuture(request.receivedAt(), "receivedAt", invalid);
        }
        if (request.targetAreaCode() != null && pledgedInPast) {
            rules.area(request.targetAreaCode(), request.pledgedAt(), "targetAreaCode", invalid);
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.unprocessable(invalid);
        }
        DonorRequest donor = request.donor();
                return new Pledge(new Donor(donor.name().strip(), donor.type(), donor.anonymous()), request.disasterId(),
                request.targetAreaCode(), request.pledgedAt(), lines.cash(), lines.inKind(), AidRules.text(request.note()));
    }

    private DonationAnswer answer(DonationStore.Stored donation) {
        return new DonationAnswer(donation.donationId(), donation.version(),
                donation.receivedAt() == null ? null : DonationReceiving.receivedAtOnce(donation.donationId()));
    }

    /** The current pledge of a donation, for allocations that draw on it. */
    public Optional<Pledge> pledgeOf(UUID donationId) {
        return store.find(donationId, false).map(DonationStore.Stored::pledge);
    }

    @ReadOnly
    public DonationView view(UUID donationId) {
        DonationStore.Stored donation = store.find(donationId, false)
                .orElseThrow(() -> ProblemException.notFound("no donation " + donationId));
        return new DonationView(donationId, donation.version(), donation.pledge(), donation.receivedAt(),
                ledger.totals(Movement.RECEIVED, Scope.DONATION, donationId),
                ledger.totals(Movement.ALLOCATED, Scope.DONATION, donationId),
                movements.ofDonation(donationId, Movement.RECEIVED, DonationReceived.class),
                donation.recordedBy(), donation.recordedAt());
    }
}
