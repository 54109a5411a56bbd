package org.recoverytracker.aggregation.totals;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.recoverytracker.aggregation.damage.Disasters;
import org.recoverytracker.intake.problem.ProblemException;
import org.recoverytracker.contracts.area.Area;
import org.recoverytracker.contracts.area.BoundaryVersion;
import org.recoverytracker.contracts.area.Gazetteer;

/**
 * Resolves what a totals query is about: a known disaster, the boundary version to read areas in (by default
 * the one valid on the disaster's start date, today's for a disaster never declared) and the area (by default the
 * province).
 */
@Singleton
public final class Scopes {
    private final Disasters disasters;
    private final Gazetteer gazetteer;
    private final Clock clock;

    Scopes(Disasters disasters, Gazetteer gazetteer, Clock clock) {
        this.disasters = disasters;
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    Scope resolve(String disasterId, Optional<String> areaCode, Optional<LocalDate> boundaries) {
        if (!disasters.isKnown(disasterId)) {
            throw ProblemException.notFound("disaster", "no disaster '" + disasterId + "' has been declared or reported on");
        }
        return in(disasterId, areaCode, boundaries);
    }

    /**
     * The same resolution for facts that may name no disaster ({@code null}: today's boundaries by default) or one
     * that only they know of; the caller decides whether the disaster exists.
     */
    public Scope in(@Nullable String disasterId, Optional<String> areaCode, Optional<LocalDate> boundaries) {
        LocalDate day = boundaries.or(() -> Optional.ofNullable(disasterId).flatMap(disasters::startDate)).orElseGet(() -> LocalDate.now(clock.withZone(Gazetteer.ZONE)));
        BoundaryVersion version = gazetteer.versionAt(day).orElseThrow(() ->
                ProblemException.badRequest("boundaries", "no boundary version is valid on " + day));
        AreaView view = new AreaView(gazetteer, version);
        Area area = areaCode.map(code -> view.area(code).orElseThrow(() -> ProblemException.notFound("area",
                "no area '" + code + "' in the boundaries valid from " + version.id()))).orElseGet(view::root);
        return new Scope(disasterId, view, area);
    }

    public record Scope(@Nullable String disasterId, AreaView view, Area area) {
    }
}
