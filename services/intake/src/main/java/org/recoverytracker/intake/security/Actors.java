package org.recoverytracker.intake.security;

import io.micronaut.core.annotation.Nullable;
import java.security.Principal;

/** Who did a write, for the record every write keeps. */
public final class Actors {
    public static final String ANONYMOUS = "anonymous";

    private Actors() {
    }

    public static String name(@Nullable Principal principal) {
        return principal == null ? ANONYMOUS : principal.getName();
    }
}
