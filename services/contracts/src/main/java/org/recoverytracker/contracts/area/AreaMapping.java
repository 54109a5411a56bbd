package org.recoverytracker.contracts.area;

import java.util.List;

/**
 * Where an area of one boundary version lies in another version ({@link Gazetteer#map}). Sealed, so a
 * caller's {@code switch} handles every outcome.
 */
public sealed interface AreaMapping {

    /**
     * The whole source area lies inside {@code area}, so its figures can be added there. Several sources may
     * map to one target: the communes of a whole merge sum into the new commune.
     */
    record Mapped(Area area) implements AreaMapping {
    }

    /**
     * The source area spreads over several target areas ({@code candidates}); its figures cannot be divided
     * between them without a guess, so they are not. They do lie wholly inside {@code within}, the nearest
     * target area containing every candidate (a district, or the province).
     */
    record Split(List<Area> candidates, Area within) implements AreaMapping {
        public Split {
            candidates = List.copyOf(candidates);
        }
    }

    /** The source area has no counterpart in the target version. */
    record Unmapped(String code, Reason reason) implements AreaMapping {
    }

    /** Why an area has no counterpart. */
    enum Reason {
        /** The code is not an area of the source version. */
        UNKNOWN_CODE,
        /**
         * The target version has no such tier: a district before 2025-07-01 has none after. Its figures lie
         * within the province, and only count there.
         */
        LEVEL_ABOLISHED,
        /** The lineage table has no row for the area. */
        NO_LINEAGE
    }
}
