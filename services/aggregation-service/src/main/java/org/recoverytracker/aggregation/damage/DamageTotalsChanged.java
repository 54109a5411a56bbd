package org.recoverytracker.aggregation.damage;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published inside the batch transaction whenever an event changes an area's figures for a disaster
 * ({@code areaCode} read in {@code boundaryVersion}); {@code reportId} is the report whose event made the change. Listen with {@code @TransactionalEventListener} (phase
 * AFTER_COMMIT), as a live stream would, to see committed changes only.
 */
public record DamageTotalsChanged(UUID reportId, String disasterId, String areaCode, LocalDate boundaryVersion) {
}
