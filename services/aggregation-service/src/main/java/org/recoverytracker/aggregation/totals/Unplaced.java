package org.recoverytracker.aggregation.totals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A standing figure reported against an area of another boundary version that has no single counterpart in
 * the version totals are read in (a split commune, an abolished district): flagged, never guessed into an area.
 * {@code withinCode} is the nearest area of the viewed version that surely contains it.
 */
record Unplaced(String areaCode, LocalDate boundaryVersion, Series series, BigDecimal value, Instant asOf,
                String reason, String withinCode) {
}
