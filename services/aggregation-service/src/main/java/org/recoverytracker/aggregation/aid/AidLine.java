package org.recoverytracker.aggregation.aid;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of money ({@code currency}, {@code quantity} in minor units) or goods ({@code item}, {@code unit}) of one
 * movement, with where it counts and who gave it ({@code donorName} null for pooled allocations).
 */
record AidLine(
        UUID movementId,
        AidState state,
        @Nullable String disasterId,
        @Nullable String areaCode,
        @Nullable LocalDate boundaryVersion,
        @Nullable String sector,
        @Nullable Integer households,
        Instant occurredAt,
        @Nullable UUID donationId,
        @Nullable String donorName,
        @Nullable String donorType,
        boolean anonymous,
        @Nullable String currency,
        @Nullable String item,
        @Nullable String unit,
        BigDecimal quantity,
        long valueVnd) {

    boolean isCash() {
        return currency != null;
    }

    /** Who gave, for counting donors once however many lines they gave: each anonymous donation counts alone. */
    @Nullable
    String donorKey() {
        if (donorName == null) {
            return null;
        }
        return anonymous ? "anonymous:" + donationId : donorType + ":" + donorName.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
