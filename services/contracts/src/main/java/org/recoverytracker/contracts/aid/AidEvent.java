package org.recoverytracker.contracts.aid;

import org.recoverytracker.contracts.event.DomainEvent;

/**
 * Everything published on {@link org.recoverytracker.contracts.Topics#AID_DONATIONS}. A pledge is shown but is not
 * funding; receipts are; allocations and distributions move received aid on towards households. Sealed, so a
 * consumer's {@code switch} stops compiling until it handles a new event.
 */
public sealed interface AidEvent extends DomainEvent
        permits DonationPledged, DonationAmended, DonationReceived, AidAllocated, AidDistributed {
}
