package org.recoverytracker.aggregation.rebuild;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.recoverytracker.contracts.rebuild.RecoveryTarget;

/** A target's current content and, for a directly reported one, its standing update at a time (if any). */
record TargetState(UUID targetId, RecoveryTarget target, LocalDate boundaryVersion, @Nullable BigDecimal reported,
                   @Nullable Instant reportedAsOf) {

    Schedule schedule() {
        return new Schedule(target.startDate(), target.deadline(), target.plannedValue(), target.milestones());
    }
}
