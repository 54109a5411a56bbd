package org.recoverytracker.contracts.rebuild;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A recovery target ("chỉ tiêu") as set or amended, e.g. "rebuild 455 houses by 31 Dec" for area {@code 04}
 * ({@code areaCode} valid on {@code startDate}). The planned schedule rises from 0 on {@code startDate} to
 * {@code plannedValue} on {@code deadline}: linearly, unless {@code milestones} (in date order) say otherwise,
 * in which case it runs linearly from one milestone to the next. {@code disasterId} limits the projects that
 * measure it to one disaster's.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecoveryTarget(
        String nameVi,
        String nameEn,
        String areaCode,
        @Nullable String disasterId,
        ResponsibleUnit responsibleUnit,
        BigDecimal plannedValue,
        String unit,
        LocalDate startDate,
        LocalDate deadline,
        TargetMeasure measure,
        @Nullable List<Milestone> milestones) {

    public RecoveryTarget {
        Objects.requireNonNull(nameVi, "nameVi");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(responsibleUnit, "responsibleUnit");
        Objects.requireNonNull(plannedValue, "plannedValue");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(measure, "measure");
        if (plannedValue.signum() <= 0) {
            throw new IllegalArgumentException("plannedValue must be positive, not " + plannedValue);
        }
        if (!deadline.isAfter(startDate)) {
            throw new IllegalArgumentException("deadline " + deadline + " must be after startDate " + startDate);
        }
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }
}
