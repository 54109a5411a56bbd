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
 * Received aid assigned to an area ({@code areaCode}, valid on {@code allocatedAt}) for a PDNA sector: from one
 * donation ({@code donationId}) or, when that is absent, from the pooled fund of {@code disasterId} (the general
 * fund when that is absent too). The producer never allocates more than was received. Keyed by the allocation.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AidAllocated(
        UUID eventId,
        Instant occurredAt,
        UUID allocationId,
        int version,
        @Nullable UUID donationId,
        @Nullable String disasterId,
        String areaCode,
        PdnaSector sector,
        Instant allocatedAt,
        List<Cash> cash,
        List<InKindItem> inKind,
        @Nullable String note,
        String recordedBy,
        Instant recordedAt) implements AidEvent {

    public AidAllocated {
        EventChecks.header(eventId, occurredAt, version);
        Objects.requireNonNull(allocationId, "allocationId");
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(allocatedAt, "allocatedAt");
        AidChecks.movement(cash, inKind, recordedBy, recordedAt);
        cash = List.copyOf(cash);
        inKind = List.copyOf(inKind);
    }

    @Override
    public String entityId() {
        return allocationId.toString();
    }
}
