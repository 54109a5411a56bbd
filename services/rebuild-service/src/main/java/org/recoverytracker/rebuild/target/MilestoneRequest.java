package org.recoverytracker.rebuild.target;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.recoverytracker.contracts.rebuild.Milestone;

/** A point of a non-linear schedule: {@code value} expected achieved by the end of {@code date}. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record MilestoneRequest(@NotNull LocalDate date, @NotNull BigDecimal value) {

    Milestone toMilestone() {
        return new Milestone(date, value);
    }
}
