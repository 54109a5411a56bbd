package org.recoverytracker.aggregation.stream;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The data of a {@code damage-totals} event: which area's figures changed for which disaster, read in which
 * boundary version. {@code areas} is that area and every area above it, up to the province: a page showing any
 * of them refetches its totals. Figures are not carried: the page asks for exactly what it shows (its source,
 * its as-of time, its children), so it can never show a mix of pushed and fetched numbers. {@code reportId} names the
 * report whose event made the change: a sender can tell that its report now counts (the benchmark times this).
 */
@Serdeable
record DamageTotalsChange(UUID reportId, String disasterId, String areaCode, String areaName, String level, String boundaries,
                          List<String> areas, Instant changedAt) {
}
