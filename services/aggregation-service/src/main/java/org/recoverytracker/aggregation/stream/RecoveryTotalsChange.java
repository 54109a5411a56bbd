package org.recoverytracker.aggregation.stream;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** The data of an {@code aid-totals} or {@code rebuild-totals} event: whose figures changed (null: any disaster's), and when. */
@Serdeable
record RecoveryTotalsChange(@Nullable String disasterId, Instant changedAt) {
}
