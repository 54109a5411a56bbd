package org.recoverytracker.contracts.identity;

import org.recoverytracker.contracts.event.DomainEvent;

/**
 * Everything published on {@link org.recoverytracker.contracts.Topics#ACCESS_REVOCATIONS}: what every service must
 * know about accounts to refuse tokens the gateway no longer stands behind. Sealed, so consumers handle each type.
 */
public sealed interface AccessEvent extends DomainEvent permits UserAccessRevoked {
}
