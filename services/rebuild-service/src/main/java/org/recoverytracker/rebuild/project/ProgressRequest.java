package org.recoverytracker.rebuild.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * {@code PUT /api/v1/recovery-projects/{projectId}/progress/{updateId}}: cumulative progress as of {@code asOf}, in
 * the project's target unit, and VND disbursed so far. {@code status}: NOT_STARTED, IN_PROGRESS, SUSPENDED, COMPLETED.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record ProgressRequest(
        @NotNull Instant asOf,
        @NotNull BigDecimal completedQuantity,
        @NotNull BigDecimal disbursedVnd,
        @NotBlank @Size(max = 40) String status,
        @Nullable @Size(max = 2000) String note) {
}
