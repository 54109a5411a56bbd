package org.recoverytracker.contracts.area;

/** How an old area went into a new one in a boundary reform. */
public enum MergeType {
    /** The whole old area became part of the new one. */
    FULL,
    /** Only part of the old area went into the new one: the old area was split. */
    PARTIAL
}
