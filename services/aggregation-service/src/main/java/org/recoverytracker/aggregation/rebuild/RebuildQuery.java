package org.recoverytracker.aggregation.rebuild;

import io.micronaut.core.annotation.Nullable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.recoverytracker.aggregation.totals.Scopes;
import org.recoverytracker.aggregation.totals.Scopes.Scope;
import org.recoverytracker.aggregation.web.QueryParameters;

/** The parameters every rebuilding query takes, read from text so a malformed one is a 400 naming it. */
record RebuildQuery(Optional<String> area, Optional<String> disaster, Optional<Instant> asOf, Optional<LocalDate> boundaries) {

    static RebuildQuery of(@Nullable String area, @Nullable String disaster, @Nullable String asOf, @Nullable String boundaries) {
        return new RebuildQuery(QueryParameters.optional(area), QueryParameters.optional(disaster),
                QueryParameters.instant("asOf", asOf), QueryParameters.date("boundaries", boundaries));
    }

    @Nullable
    String disasterId() {
        return disaster.orElse(null);
    }

    /** The area asked about, in the boundary version asked for (default: the disaster's start, else today's). */
    Scope scope(Scopes scopes) {
        return scopes.in(disasterId(), area, boundaries);
    }

    /** The time asked about: {@code asOf}, else now. */
    Instant at(Clock clock) {
        return asOf.orElseGet(clock::instant);
    }
}
