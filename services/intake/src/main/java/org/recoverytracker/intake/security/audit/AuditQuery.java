package org.recoverytracker.intake.security.audit;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.recoverytracker.intake.problem.ProblemException;

/** Which entries to show: all filters optional, {@code from} inclusive, {@code to} exclusive, newest first. */
public record AuditQuery(@Nullable String entity, @Nullable String user, @Nullable Instant from, @Nullable Instant to, int limit) {
    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 5000;

    /** From query parameters as sent; a malformed one is a 400 naming it. */
    public static AuditQuery parse(@Nullable String entity, @Nullable String user, @Nullable String from, @Nullable String to,
                                   @Nullable Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.badRequest("limit", "between 1 and " + MAX_LIMIT);
        }
        return new AuditQuery(blankToNull(entity), blankToNull(user), instant("from", from), instant("to", to), size);
    }

    @Nullable
    private static Instant instant(String name, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "expected an ISO-8601 instant such as 2024-09-12T05:30:00Z");
        }
    }

    @Nullable
    private static String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
