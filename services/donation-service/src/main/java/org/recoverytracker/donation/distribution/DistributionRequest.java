package org.recoverytracker.donation.distribution;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.recoverytracker.donation.ledger.CashLine;
import org.recoverytracker.donation.ledger.GoodsLine;

/** {@code PUT /api/v1/distributions/{distributionId}}: part of an allocation handed to households in an area. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record DistributionRequest(
        @NotNull UUID allocationId,
        @NotBlank @Size(max = 16) String areaCode,
        @NotNull Instant distributedAt,
        @NotNull @Positive @Max(1_000_000) Integer households,
        @Nullable @Size(max = 20) List<@NotNull @Valid CashLine> cash,
        @Nullable @Size(max = 200) List<@NotNull @Valid GoodsLine> inKind,
        @Nullable @Size(max = 2000) String note) {
}
