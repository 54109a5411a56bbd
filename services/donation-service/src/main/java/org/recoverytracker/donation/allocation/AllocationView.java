package org.recoverytracker.donation.allocation;

import io.micronaut.serde.annotation.Serdeable;
import org.recoverytracker.contracts.aid.AidAllocated;
import org.recoverytracker.donation.ledger.Holdings;

/** An allocation, as announced, and how much of it has been distributed so far. */
@Serdeable
public record AllocationView(AidAllocated allocation, Holdings distributed) {
}
