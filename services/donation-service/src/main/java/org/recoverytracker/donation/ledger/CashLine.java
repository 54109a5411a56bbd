package org.recoverytracker.donation.ledger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/**
 * Money as a client sends it: {@code amount} in whole minor units of {@code currency} (VND has none, so đồng);
 * foreign money names the {@code vndRate} used (đồng per one major unit).
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record CashLine(
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "an ISO 4217 code such as VND or USD") String currency,
        @NotNull @Positive @Digits(integer = 18, fraction = 0, message = "whole minor units of the currency") BigDecimal amount,
        @Nullable @Positive @Digits(integer = 12, fraction = 6) BigDecimal vndRate) {
}
