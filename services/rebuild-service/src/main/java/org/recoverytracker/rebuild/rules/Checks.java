package org.recoverytracker.rebuild.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.recoverytracker.contracts.area.Gazetteer;
import org.recoverytracker.contracts.indicator.Indicator;
import org.recoverytracker.intake.problem.Problem.InvalidParam;
import org.recoverytracker.intake.problem.ProblemException;

/**
 * One request's rule failures, collected so the client sees every one at once, each naming its field; {@link #orRefuse()}
 * answers 422 if there are any. Start one with {@link RuleChecks#start()}.
 */
public final class Checks {
    private static final BigDecimal MAX_VND = BigDecimal.valueOf(Long.MAX_VALUE);
    /** A share such as forest cover or disbursement, which may carry a fraction like a unit of measure. */
    public static final String PERCENT = "%";

    private final List<InvalidParam> invalid = new ArrayList<>();
    private final Gazetteer gazetteer;
    private final Instant latestAllowed;

    Checks(Gazetteer gazetteer, Instant latestAllowed) {
        this.gazetteer = gazetteer;
        this.latestAllowed = latestAllowed;
    }

    public Checks that(boolean holds, String field, String reason) {
        if (!holds) {
            invalid.add(new InvalidParam(field, reason));
        }
        return this;
    }

    /** The area code must name an area valid on {@code date} (codes are reused across boundary versions). */
    public Checks areaValidOn(String field, String code, LocalDate date) {
        return that(gazetteer.find(code, date).isPresent(), field, "no area " + code + " was valid on " + date);
    }

    /** Field times may run a few minutes ahead (phone clocks), never more. */
    public Checks notInFuture(String field, Instant time) {
        return that(!time.isAfter(latestAllowed), field, "is in the future");
    }

    /** Whole VND, not negative: the currency has no minor unit. */
    public Checks wholeVnd(String field, BigDecimal amount) {
        return that(amount.signum() >= 0, field, "must not be negative")
                .that(amount.signum() < 0 || isWhole(amount), field, "VND has no minor unit: a whole number is required")
                .that(amount.compareTo(MAX_VND) <= 0, field, "is more than " + MAX_VND);
    }

    /** Not negative; a fraction only for units of measure (km, ha) and %, never for counted things (houses, schools). */
    public Checks quantity(String field, BigDecimal value, String unit) {
        return that(value.signum() >= 0, field, "must not be negative")
                .that(value.signum() < 0 || isWhole(value) || Indicator.isMeasureUnit(unit) || PERCENT.equals(unit.strip()), field,
                        "must be a whole number (unit: " + unit + ")");
    }

    /** A failure naming the choices unless {@code value} names a constant of {@code type}. */
    public <E extends Enum<E>> Checks oneOf(String field, Class<E> type, String value) {
        return that(named(type, value).isPresent(), field, "unknown " + field + " " + value + "; one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** The constant of {@code type} named {@code value} in any letter case ({@code housing} is {@code HOUSING}). */
    public static <E extends Enum<E>> Optional<E> named(Class<E> type, String value) {
        return value == null ? Optional.empty() : Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value.strip().toUpperCase(Locale.ROOT)))
                .findFirst();
    }

    public void orRefuse() {
        if (!invalid.isEmpty()) {
            throw ProblemException.unprocessable(invalid);
        }
    }

    private static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }
}
