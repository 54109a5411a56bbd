package org.recoverytracker.contracts.aid;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Goods: what ({@code item}, e.g. "Gạo"), how much in which {@code unit} ({@code t}, {@code thùng}, {@code bộ}...)
 * and their estimated value in whole đồng. Item and unit together name the goods when quantities are compared.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InKindItem(String item, BigDecimal quantity, String unit, long estimatedValueVnd) {

    public InKindItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("quantity of " + item + " must be positive");
        }
        if (estimatedValueVnd < 0) {
            throw new IllegalArgumentException("estimatedValueVnd of " + item + " cannot be negative");
        }
    }
}
