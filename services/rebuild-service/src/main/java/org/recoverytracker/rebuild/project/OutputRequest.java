package org.recoverytracker.rebuild.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.recoverytracker.contracts.rebuild.PlannedOutput;

/** What the project delivers: {@code {"quantity": 455, "unit": "house"}}. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record OutputRequest(@NotNull BigDecimal quantity, @NotBlank @Size(max = 32) String unit) {

    PlannedOutput toOutput() {
        return new PlannedOutput(quantity, unit);
    }
}
