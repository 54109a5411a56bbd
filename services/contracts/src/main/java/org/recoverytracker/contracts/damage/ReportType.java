package org.recoverytracker.contracts.damage;

public enum ReportType {
    QUICK, DAILY, SUMMARY
}
