package org.recoverytracker.rebuild.target;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.recoverytracker.contracts.rebuild.RecoveryTarget;
import org.recoverytracker.rebuild.rules.Slugs;
import org.recoverytracker.rebuild.rules.UnitRequest;

/**
 * {@code PUT /api/v1/recovery-targets/{targetId}}: a target ("chỉ tiêu") for an area, its planned value by the
 * deadline, how it is measured, and optionally milestones when the schedule is not linear.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record TargetRequest(
        @NotBlank @Size(max = 300) String nameVi,
        @NotBlank @Size(max = 300) String nameEn,
        @NotBlank @Size(max = 16) String areaCode,
        @Nullable @Pattern(regexp = Slugs.DISASTER, message = Slugs.DISASTER_MESSAGE) String disasterId,
        @NotNull @Valid UnitRequest responsibleUnit,
        @NotNull BigDecimal plannedValue,
        @NotBlank @Size(max = 32) String unit,
        @NotNull LocalDate startDate,
        @NotNull LocalDate deadline,
        @NotNull @Valid MeasureRequest measure,
        @Nullable @Size(max = 60) List<@NotNull @Valid MilestoneRequest> milestones) {

    List<MilestoneRequest> schedule() {
        return milestones == null ? List.of() : milestones;
    }

    /** The contract's view of a request that passed {@link TargetRules}. */
    RecoveryTarget toTarget() {
        return new RecoveryTarget(nameVi, nameEn, areaCode, disasterId, responsibleUnit.toUnit(), plannedValue, unit,
                startDate, deadline, measure.toMeasure(), schedule().stream().map(MilestoneRequest::toMilestone).toList());
    }
}
