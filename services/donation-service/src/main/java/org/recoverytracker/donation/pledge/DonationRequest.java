package org.recoverytracker.donation.pledge;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.recoverytracker.donation.ledger.CashLine;
import org.recoverytracker.donation.ledger.GoodsLine;

/**
 * {@code PUT /api/v1/donations/{donationId}}: a pledge, or with {@code receivedAt} a donation received at once (the
 * pledge and one receipt of all of it). Unknown fields are refused, like every request of this service.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record DonationRequest(
        @NotNull @Valid DonorRequest donor,
        @Nullable @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,62}", message = "a disaster id such as 2024-yagi") String disasterId,
        @Nullable @Size(max = 16) String targetAreaCode,
        @NotNull Instant pledgedAt,
        @Nullable Instant receivedAt,
        @Nullable @Size(max = 20) List<@NotNull @Valid CashLine> cash,
        @Nullable @Size(max = 200) List<@NotNull @Valid GoodsLine> inKind,
        @Nullable @Size(max = 2000) String note) {
}
