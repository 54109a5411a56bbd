package org.recoverytracker.contracts.rebuild;

/** The sectors of a post-disaster needs assessment (PDNA) that recovery projects and targets belong to. */
public enum Sector {
    HOUSING, EDUCATION, HEALTH, TRANSPORT, IRRIGATION, WATER, POWER, AGRICULTURE, LIVELIHOODS, OTHER
}
