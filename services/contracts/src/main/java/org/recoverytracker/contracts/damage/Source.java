package org.recoverytracker.contracts.damage;

/** Who stands behind a figure. Sources are kept apart and never added together. */
public enum Source {
    GOV, ORG, COMMUNITY
}
