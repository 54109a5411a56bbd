package org.recoverytracker.contracts.indicator;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One damage indicator of the catalogue, e.g. {@code DR-P01} "Người chết" / "Deaths", counted in persons.
 * {@code sendai} is the Sendai Framework indicator ({@code A-2}) and {@code sdgSeries} the UN SDG series
 * ({@code VC_DSR_MORT}) where one exists.
 *
 * <p>Decimals: a value may have a fraction only when {@code unit} is a unit of measure (area, length, mass,
 * volume: {@link #MEASURE_UNITS}); everything else is a count of things (person, household, house, site,
 * head, bridge, ...) or VND (which has no minor unit), so it takes whole numbers only. An unknown unit
 * therefore counts as a count, the strict side; a catalogue can override the rule per row with an optional
 * {@code decimals} column ({@code true}/{@code false}).
 */
public record Indicator(
        String code,
        String group,
        String nameVi,
        String nameEn,
        String unit,
        @Nullable String sendai,
        @Nullable String sdgSeries,
        boolean acceptsDecimals) {

    /** Units whose quantities are measured, not counted (lower case, as written in the catalogue). */
    public static final Set<String> MEASURE_UNITS = Set.of(
            "ha", "hectare", "m2", "km2", "m", "km", "m3", "l", "kg", "t", "tonne", "ton");

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(nameVi, "nameVi");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(unit, "unit");
    }

    /** An indicator whose decimals follow the unit rule above. */
    public Indicator(String code, String group, String nameVi, String nameEn, String unit,
                     @Nullable String sendai, @Nullable String sdgSeries) {
        this(code, group, nameVi, nameEn, unit, sendai, sdgSeries, isMeasureUnit(unit));
    }

    /** Whether {@code unit} is a unit of measure, so its values may carry a fraction. */
    public static boolean isMeasureUnit(String unit) {
        return MEASURE_UNITS.contains(unit.trim().toLowerCase(Locale.ROOT));
    }
}
