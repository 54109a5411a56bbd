package org.recoverytracker.contracts.area;

import java.util.Objects;

/**
 * One row of a boundary reform's lineage table: old area {@code oldCode} of version {@code from} went,
 * whole or in part, into new area {@code newCode} of version {@code to}. {@code codeReused} marks a new
 * area that took over an old code (01273 was Phường Hợp Giang, is now Phường Thục Phán).
 */
public record LineageLink(
        String oldCode,
        String newCode,
        MergeType mergeType,
        boolean codeReused,
        BoundaryVersion from,
        BoundaryVersion to) {

    public LineageLink {
        Objects.requireNonNull(oldCode, "oldCode");
        Objects.requireNonNull(newCode, "newCode");
        Objects.requireNonNull(mergeType, "mergeType");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
