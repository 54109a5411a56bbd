package org.recoverytracker.donation.pledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** The answer to a donation or receipt: the donation's version now, and the receipt recorded (if any). */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DonationAnswer(UUID donationId, int version, @Nullable UUID receiptId) {
}
