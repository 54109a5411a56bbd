package org.recoverytracker.contracts.aid;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.recoverytracker.contracts.event.EventChecks;

/**
 * The donation's pledge now reads {@code pledge}, replacing the one of {@code replacesVersion} entirely. Receipts
 * already recorded stand (the producer only accepts a pledge that still covers them).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DonationAmended(
        UUID eventId,
        Instant occurredAt,
        UUID donationId,
        int version,
        int replacesVersion,
        Pledge pledge,
        String amendedBy,
        Instant amendedAt) implements AidEvent {

    public DonationAmended {
        EventChecks.header(eventId, occurredAt, version);
        if (replacesVersion < 1 || replacesVersion >= version) {
            throw new IllegalArgumentException(
                    "replacesVersion " + replacesVersion + " must be an earlier version than " + version);
        }
        Objects.requireNonNull(donationId, "donationId");
        Objects.requireNonNull(pledge, "pledge");
        Objects.requireNonNull(amendedBy, "amendedBy");
        Objects.requireNonNull(amendedAt, "amendedAt");
    }

    @Override
    public String entityId() {
        return donationId.toString();
    }
}
