package org.recoverytracker.intake.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.recoverytracker.contracts.area.BoundaryVersion;
import org.recoverytracker.contracts.area.Gazetteer;
import org.recoverytracker.intake.problem.Problem;
import org.recoverytracker.intake.problem.ProblemException;

/**
 * Field staff may submit only for areas inside their assigned subtrees, judged in the boundaries valid on the fact's
 * own date (a report as of September 2024 uses the three-tier tree even after the 2025 reform). Coordinators are
 * not limited. A refusal is a 403 problem naming the field, and the caller stores nothing.
 */
@Singleton
public class AreaScope {
    private final Gazetteer gazetteer;

    AreaScope(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** {@code areaCode} null means the whole province (a fact not tied to one area, such as aid to the pooled fund). */
    public void require(Authentication caller, String field, @Nullable String areaCode, Instant when) {
        require(caller, field, areaCode, Gazetteer.dateOf(when));
    }

    public void require(Authentication caller, String field, @Nullable String areaCode, LocalDate date) {
        if (!Roles.isFieldStaffOnly(caller)) {
            return;
        }
        List<String> assigned = Roles.areas(caller);
        Optional<BoundaryVersion> version = gazetteer.versionAt(date);
        String area = areaCode != null ? areaCode : version.map(v -> gazetteer.root(v).code()).orElse(null);
        boolean inside = version.isPresent() && area != null && assigned.stream().anyMatch(a -> gazetteer.isWithin(area, a, version.get()));
        if (!inside) {
            String detail = (areaCode == null ? "the whole province" : "area " + areaCode) + " is outside the areas assigned to "
                    + caller.getName() + " " + assigned;
            throw new ProblemException(HttpStatus.FORBIDDEN, "outside-assigned-areas", detail,
                    List.of(new Problem.InvalidParam(field, detail)));
        }
    }
}
