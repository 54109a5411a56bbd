package org.recoverytracker.contracts.damage;

import org.recoverytracker.contracts.event.DomainEvent;

/**
 * Everything published on {@link org.recoverytracker.contracts.Topics#DAMAGE_REPORTS}. Sealed, so a
 * consumer's {@code switch} stops compiling until it handles a new event.
 */
public sealed interface DamageEvent extends DomainEvent
        permits DisasterDeclared, DamageReportSubmitted, DamageReportAmended, DamageReportVerified, DamageReportRejected {
}
