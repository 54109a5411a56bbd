package org.recoverytracker.damage.report;

public enum ReportStatus {
    SUBMITTED, VERIFIED, REJECTED
}
