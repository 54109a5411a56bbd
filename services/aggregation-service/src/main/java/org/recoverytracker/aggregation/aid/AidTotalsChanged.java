package org.recoverytracker.aggregation.aid;

import io.micronaut.core.annotation.Nullable;

/**
 * Published inside the batch transaction whenever an event changes the aid of a disaster ({@code disasterId} null:
 * the general fund, or a pledge amended, which may have moved between funds). Listen with
 * {@code @TransactionalEventListener} (phase AFTER_COMMIT) to see committed changes only.
 */
public record AidTotalsChanged(@Nullable String disasterId) {
}
