package org.recoverytracker.intake.idempotency;

import io.micronaut.core.annotation.Nullable;
import java.util.OptionalInt;
import org.recoverytracker.intake.problem.ProblemException;

/** The version an amendment replaces, from {@code If-Match: "3"} (weak tags and bare numbers accepted). */
public final class IfMatch {
    private IfMatch() {
    }

    public static OptionalInt parse(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return OptionalInt.empty();
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            int version = Integer.parseInt(tag);
            if (version < 1) {
                throw ProblemException.badRequest("If-Match", "a version is a positive whole number");
            }
            return OptionalInt.of(version);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("If-Match", "expected the version being replaced, e.g. \"1\"");
        }
    }

    /** The ETag of a version, as the client echoes it back in If-Match. */
    public static String etag(int version) {
        return "\"" + version + "\"";
    }
}
