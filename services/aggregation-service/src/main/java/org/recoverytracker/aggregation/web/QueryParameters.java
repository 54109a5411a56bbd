package org.recoverytracker.aggregation.web;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.recoverytracker.intake.problem.ProblemException;

/** Reads query parameters that arrive as text, failing with a {@link ProblemException} that names the parameter. */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static String required(String name, @Nullable String value) {
        return optional(value).orElseThrow(() -> ProblemException.badRequest(name, "query parameter '" + name + "' is required"));
    }

    public static Optional<String> optional(@Nullable String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** An instant as ISO-8601 with a zone offset, e.g. {@code 2024-09-12T12:30:00Z} or {@code 2024-09-12T19:30:00+07:00}. */
    public static Optional<Instant> instant(String name, @Nullable String value) {
        return optional(value).map(text -> {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw ProblemException.badRequest(name, "'" + text + "' is not a date-time with offset such as 2024-09-12T12:30:00Z");
            }
        });
    }

    public static Optional<LocalDate> date(String name, @Nullable String value) {
        return optional(value).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw ProblemException.badRequest(name, "'" + text + "' is not a date such as 2025-07-01");
            }
        });
    }

    /** A whole number from {@code min} to {@code max}; {@code otherwise} when absent. */
    public static int integer(String name, @Nullable String value, int otherwise, int min, int max) {
        return optional(value).map(text -> {
            try {
                int number = Integer.parseInt(text);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // falls through to the answer naming the range
            }
            throw ProblemException.badRequest(name, "'" + text + "' is not a whole number from " + min + " to " + max);
        }).orElse(otherwise);
    }

    public static <E extends Enum<E>> Optional<E> oneOf(String name, @Nullable String value, Class<E> type) {
        return optional(value).map(text -> {
            try {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest(name, "'" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            }
        });
    }
}
