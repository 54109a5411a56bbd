package org.recoverytracker.intake.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import org.recoverytracker.intake.problem.ProblemException;

/** Field staff see and amend only what they submitted themselves; other roles are not limited by authorship. */
public final class Ownership {
    private Ownership() {
    }

    /** The submitter a search is limited to: the caller for field staff, whatever was asked for everyone else. */
    @Nullable
    public static String submitterFilter(Authentication caller, @Nullable String requested) {
        return Roles.isFieldStaffOnly(caller) ? caller.getName() : requested;
    }

    /** 403 when field staff reach for a record someone else submitted. */
    public static void requireOwn(Authentication caller, String submittedBy, String what) {
        if (Roles.isFieldStaffOnly(caller) && !caller.getName().equals(submittedBy)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "not-your-submission",
                    what + " was submitted by someone else; field staff see only their own submissions", List.of());
        }
    }
}
