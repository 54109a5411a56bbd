package org.recoverytracker.donation.allocation;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.recoverytracker.contracts.aid.AidAllocated;
import org.recoverytracker.contracts.aid.Pledge;
import org.recoverytracker.donation.ledger.AidLedger;
import org.recoverytracker.donation.ledger.AidLedger.Owner;
import org.recoverytracker.donation.ledger.AidLedger.Scope;
import org.recoverytracker.donation.ledger.AidRules;
import org.recoverytracker.donation.ledger.Lines;
import org.recoverytracker.donation.ledger.Movement;
import org.recoverytracker.donation.ledger.MovementRecorder;
import org.recoverytracker.donation.ledger.MovementStore;
import org.recoverytracker.donation.ledger.Outcome;
import org.recoverytracker.donation.pledge.DonationPledging;
import org.recoverytracker.intake.problem.Problem.InvalidParam;
import org.recoverytracker.intake.problem.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Allocating received aid. Never more than is left: of the donation's receipts when it names one, and always of its
 * fund (so pooled and donation allocations together never exceed what the fund received). The fund stays locked from
 * the balance check to the commit, so concurrent allocations queue instead of both spending the same money.
 */
@Singleton
public class AidAllocating {
    private static final Logger LOG = LoggerFactory.getLogger(AidAllocating.class);

    private final MovementRecorder recorder;
    private final MovementStore movements;
    private final DonationPledging donations;
    private final AidLedger ledger;
    private final AidRules rules;

    AidAllocating(MovementRecorder recorder, MovementStore movements, DonationPledging donations, AidLedger ledger,
                  AidRules rules) {
        this.recorder = recorder;
        this.movements = movements;
        this.donations = donations;
        this.ledger = ledger;
        this.rules = rules;
    }

    @Transactional
    public Outcome<AllocationAnswer> allocate(UUID allocationId, AllocationRequest request, String user) {
        String fingerprint = recorder.fingerprint(request);
        Optional<Outcome<AllocationAnswer>> retried = replay(allocationId, fingerprint);
        if (retried.isPresent()) {
            return retried.get();
        }
        List<InvalidParam> invalid = new ArrayList<>();
        Lines lines = rules.lines(request.cash(), request.inKind(), invalid);
        if (rules.notInFuture(request.allocatedAt(), "allocatedAt", invalid)) {
            rules.area(request.areaCode(), request.allocatedAt(), "areaCode", invalid);
        }
        String disasterId = disasterOf(request, invalid);
        String fund = AidLedger.fundOf(disasterId);
        if (invalid.isEmpty()) {
            ledger.lockFund(fund);
            // a twin of this request may have committed while we waited for the fund
            retried = replay(allocationId, fingerprint);
            if (retried.isPresent()) {
                return retried.get();
            }
            if (request.donationId() != null) {
                AidRules.covers(lines, ledger.available(Movement.RECEIVED, Movement.ALLOCATED, Scope.DONATION, request.donationId()),
                        "donation " + request.donationId() + "'s receipts not yet allocated", invalid);
            }
            if (invalid.isEmpty()) {
                AidRules.covers(lines, ledger.available(Movement.RECEIVED, Movement.ALLOCATED, Scope.FUND, fund),
                        (fund.isEmpty() ? "the general fund" : "the fund of " + fund) + " (received, not yet allocated)", invalid);
            }
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.unprocessable(invalid);
        }
        Instant now = recorder.now();
        AidAllocated allocation = new AidAllocated(UUID.randomUUID(), request.allocatedAt(), allocationId, 1, request.donationId(),
                disasterId, request.areaCode(), request.sector(), request.allocatedAt(), lines.cash(), lines.inKind(),
                AidRules.text(request.note()), user, now);
        recorder.record(Movement.ALLOCATED, allocationId, new Owner(fund, request.donationId(), allocationId), lines, allocation,
                fingerprint, now);
        LOG.info("allocation {} to area {} for {} from fund '{}'", allocationId, request.areaCode(), request.sector(), fund);
        return new Outcome<>(true, new AllocationAnswer(allocationId, allocation.version()));
    }

    private Optional<Outcome<AllocationAnswer>> replay(UUID allocationId, String fingerprint) {
        return recorder.replayOf(Movement.ALLOCATED, allocationId, fingerprint, AidAllocated.class)
                .map(a -> new Outcome<>(false, new AllocationAnswer(allocationId, a.version())));
    }

    /**
     * The disaster whose fund pays: the donation's, when the allocation draws on one (a different one is refused), and
     * then only to the area the donor named, or inside it.
     */
    private String disasterOf(AllocationRequest request, List<InvalidParam> invalid) {
        if (request.donationId() == null) {
            return request.disasterId();
        }
        Optional<Pledge> pledge = donations.pledgeOf(request.donationId());
        if (pledge.isEmpty()) {
            invalid.add(new InvalidParam("donationId", "no donation " + request.donationId()));
            return request.disasterId();
        }
        String disasterId = pledge.get().disasterId();
        if (request.disasterId() != null && !request.disasterId().equals(disasterId)) {
            invalid.add(new InvalidParam("disasterId", "donation " + request.donationId() + " was given for "
                    + (disasterId == null ? "no particular disaster" : disasterId)));
        }
        String target = pledge.get().targetAreaCode();
        if (target != null && !rules.isWithin(request.areaCode(), target, request.allocatedAt())) {
            invalid.add(new InvalidParam("areaCode", "donation " + request.donationId() + " was given for area " + target
                    + ": allocate it there or inside it"));
        }
        return disasterId;
    }

    @ReadOnly
    public AllocationView view(UUID allocationId) {
        return movements.get(Movement.ALLOCATED, allocationId, AidAllocated.class)
                .map(a -> new AllocationView(a, ledger.totals(Movement.DISTRIBUTED, Scope.ALLOCATION, allocationId)))
                .orElseThrow(() -> ProblemException.notFound("no allocation " + allocationId));
    }
}
