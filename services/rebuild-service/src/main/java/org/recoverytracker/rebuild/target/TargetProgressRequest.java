package org.recoverytracker.rebuild.target;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/** {@code PUT /api/v1/recovery-targets/{targetId}/progress/{updateId}}: the achieved value as of a time, cumulative. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record TargetProgressRequest(
        @NotNull Instant asOf,
        @NotNull BigDecimal achievedValue,
        @Nullable @Size(max = 2000) String note) {
}
