package org.recoverytracker.donation.ledger;

/** The states aid passes through; each later state draws on the one before it. */
public enum Movement {
    PLEDGED, RECEIVED, ALLOCATED, DISTRIBUTED
}
