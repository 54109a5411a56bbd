package org.recoverytracker.contracts.rebuild;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A point the planned schedule passes through: {@code value} expected achieved by the end of {@code date}. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Milestone(LocalDate date, BigDecimal value) {

    public Milestone {
        Objects.requireNonNull(date, "milestone.date");
        Objects.requireNonNull(value, "milestone.value");
    }
}
