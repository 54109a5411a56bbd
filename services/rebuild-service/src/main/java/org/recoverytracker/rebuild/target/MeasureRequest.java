package org.recoverytracker.rebuild.target;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.recoverytracker.contracts.rebuild.MeasureMethod;
import org.recoverytracker.contracts.rebuild.Sector;
import org.recoverytracker.contracts.rebuild.TargetMeasure;
import org.recoverytracker.rebuild.rules.Checks;
import org.recoverytracker.rebuild.rules.Slugs;

/** How a target is measured: {@code {"method": "PROJECT_QUANTITY", "sector": "housing", "kind": "house-relocation"}}. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record MeasureRequest(
        @NotBlank @Size(max = 40) String method,
        @Nullable @Size(max = 40) String sector,
        @Nullable @Pattern(regexp = Slugs.KIND, message = Slugs.KIND_MESSAGE) String kind) {

    TargetMeasure toMeasure() {
        return new TargetMeasure(Checks.named(MeasureMethod.class, method).orElseThrow(),
                Checks.named(Sector.class, sector).orElse(null), kind);
    }
}
