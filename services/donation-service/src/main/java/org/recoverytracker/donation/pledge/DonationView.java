package org.recoverytracker.donation.pledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.recoverytracker.contracts.aid.DonationReceived;
import org.recoverytracker.contracts.aid.Pledge;
import org.recoverytracker.donation.ledger.Holdings;

/**
 * A donation as it stands: the current pledge, what of it was received (each receipt too) and how much of that
 * has been allocated. Receipts are shown as the events that announced them. {@code receivedAt} is set for a donation received at once.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DonationView(
        UUID donationId,
        int version,
        Pledge pledge,
        @Nullable Instant receivedAt,
        Holdings received,
        Holdings allocated,
        List<DonationReceived> receipts,
        String recordedBy,
        Instant recordedAt) {
}
