package org.recoverytracker.contracts.rebuild;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.Objects;

/** What a project delivers when done, e.g. 455 {@code house} relocated or 12.5 {@code km} of road. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlannedOutput(BigDecimal quantity, String unit) {

    public PlannedOutput {
        Objects.requireNonNull(quantity, "target.quantity");
        Objects.requireNonNull(unit, "target.unit");
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("target.quantity must be positive, not " + quantity);
        }
    }
}
