package org.recoverytracker.contracts.aid;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.recoverytracker.contracts.event.EventChecks;

/**
 * A donation was promised: shown, never counted as funding until it is received. {@code occurredAt} equals
 * {@code pledge.pledgedAt}. A donation received at once is this event followed by a {@link DonationReceived}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DonationPledged(
        UUID eventId,
        Instant occurredAt,
        UUID donationId,
        int version,
        Pledge pledge,
        String recordedBy,
        Instant recordedAt) implements AidEvent {

    public DonationPledged {
        EventChecks.header(eventId, occurredAt, version);
        Objects.requireNonNull(donationId, "donationId");
        Objects.requireNonNull(pledge, "pledge");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    @Override
    public String entityId() {
        return donationId.toString();
    }
}
