package org.recoverytracker.aggregation.damage;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An event changed an area's figures for a disaster ({@code areaCode} read in {@code boundaryVersion}); {@code reportId}
 * is the report whose event made the change. Published inside the batch transaction with the batch's other changes as
 * {@link DamageTotalsChanges}: listen with {@code @TransactionalEventListener} (phase AFTER_COMMIT), as a live stream
 * would, to see committed changes only.
 */
public record DamageTotalsChanged(UUID reportId, String disasterId, String areaCode, LocalDate boundaryVersion) {
}
