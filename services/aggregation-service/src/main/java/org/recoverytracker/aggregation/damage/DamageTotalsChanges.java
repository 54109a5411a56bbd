package org.recoverytracker.aggregation.damage;

import java.util.List;

/**
 * The {@link DamageTotalsChanged changes} of one batch, in order, published once inside its transaction. One event a
 * batch rather than one a change: each published event registers a transaction synchronization, and Micronaut sorts
 * the transaction's synchronizations on every registration, so a batch of n changes cost n sorts of up to n entries.
 */
public record DamageTotalsChanges(List<DamageTotalsChanged> changes) {
}
