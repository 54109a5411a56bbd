package org.recoverytracker.donation.distribution;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.recoverytracker.contracts.aid.AidAllocated;
import org.recoverytracker.contracts.aid.AidDistributed;
import org.recoverytracker.contracts.area.Gazetteer;
import org.recoverytracker.donation.ledger.AidLedger;
import org.recoverytracker.donation.ledger.AidLedger.Owner;
import org.recoverytracker.donation.ledger.AidLedger.Scope;
import org.recoverytracker.donation.ledger.AidRules;
import org.recoverytracker.donation.ledger.Lines;
import org.recoverytracker.donation.ledger.Movement;
import org.recoverytracker.donation.ledger.MovementRecorder;
import org.recoverytracker.donation.ledger.MovementStore;
import org.recoverytracker.donation.ledger.Outcome;
import org.recoverytracker.intake.problem.Problem.InvalidParam;
import org.recoverytracker.intake.problem.ProblemException;
import org.recoverytracker.intake.security.Actors;
import org.recoverytracker.intake.security.AreaScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handing allocated aid to households: in the allocation's area or inside it, not before it was allocated, and never
 * more than the allocation still holds. The allocation stays locked from the check to the commit.
 */
@Singleton
public class AidDistributing {
    private static final Logger LOG = LoggerFactory.getLogger(AidDistributing.class);

    private final MovementRecorder recorder;
    private final MovementStore movements;
    private final AidLedger ledger;
    private final AidRules rules;
    private final AreaScope areaScope;

    AidDistributing(MovementRecorder recorder, MovementStore movements, AidLedger ledger, AidRules rules, AreaScope areaScope) {
        this.areaScope = areaScope;
        this.recorder = recorder;
        this.movements = movements;
        this.ledger = ledger;
        this.rules = rules;
    }

    /** Field staff distribute only inside their assigned areas. */
    @Transactional
    public Outcome<DistributionAnswer> distribute(UUID distributionId, DistributionRequest request, Authentication caller) {
        String user = Actors.name(caller);
        String fingerprint = recorder.fingerprint(request);
        Optional<AidAllocated> allocation = movements.lockAllocation(request.allocationId());
        Optional<AidDistributed> replay = recorder.replayOf(Movement.DISTRIBUTED, distributionId, fingerprint, AidDistributed.class);
        if (replay.isPresent()) {
            return new Outcome<>(false, new DistributionAnswer(distributionId, replay.get().version()));
        }
        List<InvalidParam> invalid = new ArrayList<>();
        Lines lines = rules.lines(request.cash(), request.inKind(), invalid);
        boolean areaKnown = rules.notInFuture(request.distributedAt(), "distributedAt", invalid)
                && rules.area(request.areaCode(), request.distributedAt(), "areaCode", invalid).isPresent();
        if (allocation.isEmpty()) {
            invalid.add(new InvalidParam("allocationId", "no allocation " + request.allocationId()));
        } else {
            AidAllocated a = allocation.get();
            if (request.distributedAt().isBefore(a.allocatedAt())) {
                invalid.add(new InvalidParam("distributedAt", "is before allocation " + a.allocationId() + " was made, at "
                        + a.allocatedAt()));
            }
            if (areaKnown && !rules.isWithin(request.areaCode(), a.areaCode(), request.distributedAt())) {
                invalid.add(new InvalidParam("areaCode", request.areaCode() + " is not area " + a.areaCode()
                        + " of the allocation, nor inside it, on " + Gazetteer.dateOf(request.distributedAt())));
            }
            if (invalid.isEmpty()) {
                AidRules.covers(lines, ledger.available(Movement.ALLOCATED, Movement.DISTRIBUTED, Scope.ALLOCATION, a.allocationId()),
                        "allocation " + a.allocationId() + " (not yet distributed)", invalid);
            }
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.unprocessable(invalid);
        }
        areaScope.require(caller, "areaCode", request.areaCode(), request.distributedAt());
        AidAllocated a = allocation.orElseThrow();
        Instant now = recorder.now();
        AidDistributed distribution = new AidDistributed(UUID.randomUUID(), request.distributedAt(), distributionId, 1,
                a.allocationId(), a.donationId(), a.disasterId(), a.sector(), request.areaCode(), request.distributedAt(),
                request.households(), lines.cash(), lines.inKind(), AidRules.text(request.note()), user, now);
        recorder.record(Movement.DISTRIBUTED, distributionId, new Owner(AidLedger.fundOf(a.disasterId()), a.donationId(),
                a.allocationId()), lines, distribution, fingerprint, now);
        LOG.info("distribution {} of allocation {} to {} households in {}", distributionId, a.allocationId(),
                request.households(), request.areaCode());
        return new Outcome<>(true, new DistributionAnswer(distributionId, distribution.version()));
    }

    @ReadOnly
    public AidDistributed view(UUID distributionId) {
        return movements.get(Movement.DISTRIBUTED, distributionId, AidDistributed.class)
                .orElseThrow(() -> ProblemException.notFound("no distribution " + distributionId));
    }
}
