package org.recoverytracker.donation.ledger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Goods as a client sends them; {@code item} and {@code unit} together name the goods when quantities are compared. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record GoodsLine(
        @NotBlank @Size(max = 200) String item,
        @NotNull @Positive @Digits(integer = 12, fraction = 6) BigDecimal quantity,
        @NotBlank @Size(max = 40) String unit,
        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 0, message = "whole đồng") BigDecimal estimatedValueVnd) {
}
