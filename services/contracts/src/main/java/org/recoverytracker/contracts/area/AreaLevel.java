package org.recoverytracker.contracts.area;

/** Tiers of Vietnam's administration; the district tier exists only in boundary versions before 2025-07-01. */
public enum AreaLevel {
    PROVINCE, DISTRICT, COMMUNE
}
