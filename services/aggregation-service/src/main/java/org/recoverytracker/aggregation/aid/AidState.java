package org.recoverytracker.aggregation.aid;

/** The states aid passes through; only RECEIVED and what follows from it is funding. */
enum AidState {
    PLEDGED, RECEIVED, ALLOCATED, DISTRIBUTED
}
