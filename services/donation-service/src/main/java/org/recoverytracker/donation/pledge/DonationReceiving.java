package org.recoverytracker.donation.pledge;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.recoverytracker.contracts.aid.DonationReceived;
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
 * Receiving what a donation promised, in as many receipts as it takes: never more than the pledge still awaits
 * (a donor who gives more amends the pledge first). The donation stays locked while a receipt is checked and stored.
 */
@Singleton
public class DonationReceiving {
    private static final Logger LOG = LoggerFactory.getLogger(DonationReceiving.class);

    private final DonationStore donations;
    private final MovementRecorder recorder;
    private final MovementStore movements;
    private final AidLedger ledger;
    private final AidRules rules;
    private final AreaScope areaScope;

    DonationReceiving(DonationStore donations, MovementRecorder recorder, MovementStore movements, AidLedger ledger,
                      AidRules rules, AreaScope areaScope) {
        this.areaScope = areaScope;
        this.donations = donations;
        this.recorder = recorder;
        this.movements = movements;
        this.ledger = ledger;
        this.rules = rules;
    }

    /** The id of the one receipt of a donation received at once: derived, so a retry finds the same receipt. */
    static UUID receivedAtOnce(UUID donationId) {
        return UUID.nameUUIDFromBytes(("received at once: " + donationId).getBytes(StandardCharsets.UTF_8));
    }

    /** Field staff record receipts only for donations to an area inside their assignment (no target area: the province). */
    @Transactional
    public Outcome<DonationAnswer> receive(UUID donationId, UUID receiptId, ReceiptRequest request, Authentication caller) {
        String user = Actors.name(caller);
        DonationStore.Stored donation = donations.find(donationId, true)
                .orElseThrow(() -> ProblemException.notFound("no donation " + donationId));
        // the donation is part of the content: the same receipt id under another donation is a conflict
        String fingerprint = recorder.fingerprint(Map.of("donationId", donationId.toString(), "receipt", request));
        Optional<DonationReceived> replay = recorder.replayOf(Movement.RECEIVED, receiptId, fingerprint, DonationReceived.class);
        if (replay.isPresent()) {
            return new Outcome<>(false, answer(replay.get()));
        }
        List<InvalidParam> invalid = new ArrayList<>();
        Lines lines = rules.lines(request.cash(), request.inKind(), invalid);
        rules.notInFuture(request.receivedAt(), "receivedAt", invalid);
        if (invalid.isEmpty()) {
            AidRules.covers(lines, ledger.available(Movement.PLEDGED, Movement.RECEIVED, Scope.DONATION, donationId),
                    "the pledge of donation " + donationId + " still awaited", invalid);
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.unprocessable(invalid);
        }
        areaScope.require(caller, "donationId", donation.pledge().targetAreaCode(), request.receivedAt());
        DonationReceived receipt = record(donation, receiptId, request.receivedAt(), lines, AidRules.text(request.note()),
                fingerprint, user);
        return new Outcome<>(true, answer(receipt));
    }

    /** The one receipt of everything a donation received at once promised; the caller holds the new donation. */
    DonationReceived receiveAtOnce(DonationStore.Stored donation, String user) {
        return record(donation, receivedAtOnce(donation.donationId()), donation.receivedAt(),
                new Lines(donation.pledge().cash(), donation.pledge().inKind()), null, donation.fingerprint(), user);
    }

    private DonationReceived record(DonationStore.Stored donation, UUID receiptId, Instant receivedAt, Lines lines,
                                    @Nullable String note, String fingerprint, String user) {
        Instant now = recorder.now();
        UUID donationId = donation.donationId();
        int version = donations.nextVersion(donationId, now);
        DonationReceived receipt = new DonationReceived(UUID.randomUUID(), receivedAt, donationId, version, receiptId,
                receivedAt, lines.cash(), lines.inKind(), note, user, now);
        recorder.record(Movement.RECEIVED, receiptId, new Owner(donation.fund(), donationId, null), lines, receipt,
                fingerprint, now);
        LOG.info("receipt {} of donation {} recorded, donation now at version {}", receiptId, donationId, version);
        return receipt;
    }

    private static DonationAnswer answer(DonationReceived receipt) {
        return new DonationAnswer(receipt.donationId(), receipt.version(), receipt.receiptId());
    }

    @ReadOnly
    public DonationReceived receipt(UUID donationId, UUID receiptId) {
        return movements.get(Movement.RECEIVED, receiptId, DonationReceived.class)
                .filter(r -> r.donationId().equals(donationId))
                .orElseThrow(() -> ProblemException.notFound("no receipt " + receiptId + " of donation " + donationId));
    }
}
