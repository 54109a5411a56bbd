package org.recoverytracker.contracts.rebuild;

/** Where a recovery project stands, as its latest progress update says. */
public enum ProjectStatus {
    NOT_STARTED, IN_PROGRESS, SUSPENDED, COMPLETED
}
