package org.recoverytracker.aggregation.rebuild;

import io.micronaut.core.annotation.Nullable;

/**
 * Published inside the batch transaction whenever an event changes rebuilding figures (projects, progress, targets).
 * {@code disasterId} is the project's or target's; null when it names none, and for progress updates (the event does
 * not carry the disaster, and every page refetching is cheaper than a lookup per update). Listen with
 * {@code @TransactionalEventListener} (phase AFTER_COMMIT) to see committed changes only.
 */
public record RebuildTotalsChanged(@Nullable String disasterId) {
}
