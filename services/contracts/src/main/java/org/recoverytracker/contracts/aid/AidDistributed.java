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
 * Allocated aid handed to {@code households} households in {@code areaCode} (the allocation's area or one inside
 * it). Repeats the allocation's donation, disaster and sector so consumers need no join. Keyed by the distribution.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AidDistributed(
        UUID eventId,
        Instant occurredAt,
        UUID distributionId,
        int version,
        UUID allocationId,
        @Nullable UUID donationId,
        @Nullable String disasterId,
        PdnaSector sector,
        String areaCode,
        Instant distributedAt,
        int households,
        List<Cash> cash,
        List<InKindItem> inKind,
        @Nullable String note,
        String recordedBy,
        Instant recordedAt) implements AidEvent {

    public AidDistributed {
        EventChecks.header(eventId, occurredAt, version);
        Objects.requireNonNull(distributionId, "distributionId");
        Objects.requireNonNull(allocationId, "allocationId");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(distributedAt, "distributedAt");
        if (households < 0) {
            throw new IllegalArgumentException("households cannot be negative");
        }
        AidChecks.movement(cash, inKind, recordedBy, recordedAt);
        cash = List.copyOf(cash);
        inKind = List.copyOf(inKind);
    }

    @Override
    public String entityId() {
        return distributionId.toString();
    }
}
