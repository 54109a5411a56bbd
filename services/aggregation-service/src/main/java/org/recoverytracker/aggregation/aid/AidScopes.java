package org.recoverytracker.aggregation.aid;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Optional;
import org.recoverytracker.aggregation.damage.Disasters;
import org.recoverytracker.aggregation.totals.Scopes;
import org.recoverytracker.aggregation.totals.Scopes.Scope;
import org.recoverytracker.intake.problem.ProblemException;

/**
 * What an aid query is about: all aid, or one disaster that a declaration, a damage report or some aid names (else
 * 404); the boundary version and area as for damage totals ({@link Scopes}).
 */
@Singleton
final class AidScopes {
    private final Scopes scopes;
    private final Disasters disasters;
    private final AidMovements movements;

    AidScopes(Scopes scopes, Disasters disasters, AidMovements movements) {
        this.scopes = scopes;
        this.disasters = disasters;
        this.movements = movements;
    }

    Scope resolve(Optional<String> disasterId, Optional<String> areaCode, Optional<LocalDate> boundaries) {
        disasterId.filter(id -> !disasters.isKnown(id) && !movements.knows(id)).ifPresent(id -> {
            throw ProblemException.notFound("disaster", "no disaster '" + id + "' has been declared, reported on or given aid for");
        });
        return scopes.in(disasterId.orElse(null), areaCode, boundaries);
    }

    /** The same for a disaster that may be unknown yet (nothing is counted for it then). */
    Scope lenient(@Nullable String disasterId, Optional<String> areaCode, Optional<LocalDate> boundaries) {
        return scopes.in(disasterId, areaCode, boundaries);
    }
}
