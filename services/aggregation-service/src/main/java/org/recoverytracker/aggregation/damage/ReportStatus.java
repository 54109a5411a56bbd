package org.recoverytracker.aggregation.damage;

/** Where a report stands with the coordinators; a rejected report's figures stop counting. */
public enum ReportStatus {
    SUBMITTED, VERIFIED, REJECTED
}
