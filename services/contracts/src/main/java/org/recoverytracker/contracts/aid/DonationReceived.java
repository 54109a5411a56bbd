package org.recoverytracker.contracts.aid;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.recoverytracker.contracts.event.EventChecks;

/**
 * One receipt of what a donation promised (partial receipts are several events). Keyed by the donation, not the
 * receipt, so a donation's pledge, amendments and receipts stay in order in one partition; {@code version} is the
 * donation's version after this receipt. {@code occurredAt} equals {@code receivedAt}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DonationReceived(
        UUID eventId,
        Instant occurredAt,
        UUID donationId,
        int version,
        UUID receiptId,
        Instant receivedAt,
        List<Cash> cash,
        List<InKindItem> inKind,
        @Nullable String note,
        String recordedBy,
        Instant recordedAt) implements AidEvent {

    public DonationReceived {
        EventChecks.header(eventId, occurredAt, version);
        Objects.requireNonNull(donationId, "donationId");
        Objects.requireNonNull(receiptId, "receiptId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        AidChecks.movement(cash, inKind, recordedBy, recordedAt);
        cash = List.copyOf(cash);
        inKind = List.copyOf(inKind);
    }

    @Override
    public String entityId() {
        return donationId.toString();
    }
}
