package org.recoverytracker.aggregation.rebuild;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.recoverytracker.aggregation.damage.Disasters;
import org.recoverytracker.intake.problem.ProblemException;
import org.recoverytracker.contracts.area.Area;
import org.recoverytracker.contracts.area.AreaMapping;
import org.recoverytracker.contracts.area.BoundaryVersion;
import org.recoverytracker.contracts.area.Gazetteer;

/**
 * Resolves the area a rebuilding query is about, in one boundary version (DESIGN §7): the one {@code boundaries}
 * names, else the one valid on the disaster's start date when the disaster has been declared, else today's.
 */
@Singleton
final class RebuildScopes {
    private final Gazetteer gazetteer;
    private final Disasters disasters;
    private final Clock clock;

    RebuildScopes(Gazetteer gazetteer, Disasters disasters, Clock clock) {
        this.gazetteer = gazetteer;
        this.disasters = disasters;
        this.clock = clock;
    }

    Scope resolve(RebuildQuery query) {
        Optional<String> areaCode = query.area();
        LocalDate day = query.boundaries().or(() -> query.disaster().flatMap(disasters::startDate))
                .orElseGet(() -> LocalDate.now(clock.withZone(Gazetteer.ZONE)));
        BoundaryVersion version = gazetteer.versionAt(day).orElseThrow(() ->
                ProblemException.badRequest("boundaries", "no boundary version is valid on " + day));
        Area area = areaCode.map(code -> gazetteer.area(code, version).orElseThrow(() -> ProblemException.notFound("area",
                "no area '" + code + "' in the boundaries valid from " + version.id()))).orElseGet(() -> gazetteer.root(version));
        return new Scope(gazetteer, version, area);
    }

    /** The time a query is asked about: its {@code asOf}, else now. */
    Instant at(RebuildQuery query) {
        return query.asOf().orElseGet(clock::instant);
    }

    /** The scope of an item recorded against {@code code} in boundary version {@code validFrom}. */
    Scope of(String code, LocalDate validFrom) {
        BoundaryVersion version = gazetteer.version(validFrom.toString()).orElseThrow();
        return new Scope(gazetteer, version, gazetteer.area(code, version).orElseThrow());
    }

    /** An area in one boundary version, and where items recorded against any version's codes lie in it. */
    record Scope(Gazetteer gazetteer, BoundaryVersion version, Area area) {

        List<Area> children() {
            return gazetteer.children(area.code(), version);
        }

        /**
         * Where an item whose code is read in {@code from} lies in this version: its area when it has a single
         * counterpart; otherwise (a split commune, an abolished district) the nearest area that surely holds it,
         * with the reason, so it counts there and in no area below.
         */
        Placed place(String code, LocalDate from) {
            if (from.equals(version.validFrom())) {
                return new Placed(code, null);
            }
            AreaMapping mapping = gazetteer.version(from.toString())
                    .map(source -> gazetteer.map(code, source, version))
                    .orElseGet(() -> new AreaMapping.Unmapped(code, AreaMapping.Reason.UNKNOWN_CODE));
            return switch (mapping) {
                case AreaMapping.Mapped mapped -> new Placed(mapped.area().code(), null);
                case AreaMapping.Split split -> new Placed(split.within().code(), "SPLIT");
                case AreaMapping.Unmapped none -> new Placed(gazetteer.root(version).code(), none.reason().name());
            };
        }

        boolean holds(Placed placed, String ancestorCode) {
            return gazetteer.isWithin(placed.code(), ancestorCode, version);
        }

        boolean holds(Placed placed) {
            return holds(placed, area.code());
        }
    }

    /** An item's area in the scope's version; {@code unplacedReason} is set when that area only surely contains it. */
    record Placed(String code, @Nullable String unplacedReason) {
    }
}
