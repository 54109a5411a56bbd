package org.recoverytracker.contracts.rebuild;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Objects;

/** Which projects measure a target: by {@code method}, over the projects of {@code sector} (and {@code kind}). */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetMeasure(MeasureMethod method, @Nullable Sector sector, @Nullable String kind) {

    public TargetMeasure {
        Objects.requireNonNull(method, "measure.method");
        if (method == MeasureMethod.PROJECT_QUANTITY && sector == null) {
            throw new IllegalArgumentException("measure.sector is required to sum projects' completed quantity");
        }
    }
}
