package org.recoverytracker.contracts.rebuild;

/** How a target's achieved value is found. */
public enum MeasureMethod {
    /** The sum of completed quantity of the projects in the target's area (and disaster) of its sector, and kind if given. */
    PROJECT_QUANTITY,
    /** Percent of those projects' budget disbursed (sector optional): 100 × Σ disbursed ÷ Σ budget. */
    DISBURSEMENT_RATIO,
    /** Reported directly with its own progress updates, for targets no project measures (forest cover, jobs). */
    REPORTED
}
