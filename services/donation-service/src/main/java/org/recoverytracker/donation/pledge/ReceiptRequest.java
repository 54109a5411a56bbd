package org.recoverytracker.donation.pledge;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.recoverytracker.donation.ledger.CashLine;
import org.recoverytracker.donation.ledger.GoodsLine;

/** {@code PUT /api/v1/donations/{donationId}/receipts/{receiptId}}: what actually arrived, possibly part of the pledge. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record ReceiptRequest(
        @NotNull Instant receivedAt,
        @Nullable @Size(max = 20) List<@NotNull @Valid CashLine> cash,
        @Nullable @Size(max = 200) List<@NotNull @Valid GoodsLine> inKind,
        @Nullable @Size(max = 2000) String note) {
}
