package org.recoverytracker.donation.allocation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.recoverytracker.contracts.aid.PdnaSector;
import org.recoverytracker.donation.ledger.CashLine;
import org.recoverytracker.donation.ledger.GoodsLine;

/**
 * {@code PUT /api/v1/allocations/{allocationId}}: received aid to an area for a sector, from {@code donationId} or,
 * without it, from the pooled fund of {@code disasterId} (the general fund when that is absent too).
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record AllocationRequest(
        @Nullable UUID donationId,
        @Nullable @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,62}", message = "a disaster id such as 2024-yagi") String disasterId,
        @NotBlank @Size(max = 16) String areaCode,
        @NotNull PdnaSector sector,
        @NotNull Instant allocatedAt,
        @Nullable @Size(max = 20) List<@NotNull @Valid CashLine> cash,
        @Nullable @Size(max = 200) List<@NotNull @Valid GoodsLine> inKind,
        @Nullable @Size(max = 2000) String note) {
}
