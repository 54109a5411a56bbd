package org.recoverytracker.aggregation.rebuild;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.recoverytracker.contracts.rebuild.ProjectStatus;
import org.recoverytracker.contracts.rebuild.RecoveryProject;

/**
 * A project as it stood at a time: its current content and its standing progress update (the latest {@code asOf}
 * at or before that time), or nothing done and NOT_STARTED when none had been reported yet.
 */
record ProjectState(UUID projectId, RecoveryProject project, LocalDate boundaryVersion, BigDecimal completed,
                    long disbursedVnd, ProjectStatus status, @Nullable Instant progressAsOf) {

    Schedule schedule() {
        return Schedule.linear(project.plannedStart(), project.plannedEnd(), project.target().quantity());
    }
}
