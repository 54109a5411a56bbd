package org.recoverytracker.contracts.rebuild;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A recovery project's content as registered or amended. {@code areaCode} is valid on {@code plannedStart};
 * {@code budgetVnd} is whole VND (the currency has no minor unit); the schedule runs from {@code plannedStart}
 * to {@code plannedEnd}, both inclusive local dates, and progress is expected to follow it linearly.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecoveryProject(
        String disasterId,
        String areaCode,
        Sector sector,
        String kind,
        String title,
        ResponsibleUnit responsibleUnit,
        PlannedOutput target,
        long budgetVnd,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        @Nullable String fundingSource) {

    public RecoveryProject {
        Objects.requireNonNull(disasterId, "disasterId");
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(responsibleUnit, "responsibleUnit");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(plannedStart, "plannedStart");
        Objects.requireNonNull(plannedEnd, "plannedEnd");
        if (budgetVnd < 0) {
            throw new IllegalArgumentException("budgetVnd must not be negative, not " + budgetVnd);
        }
        if (plannedEnd.isBefore(plannedStart)) {
            throw new IllegalArgumentException("plannedEnd " + plannedEnd + " is before plannedStart " + plannedStart);
        }
    }
}
