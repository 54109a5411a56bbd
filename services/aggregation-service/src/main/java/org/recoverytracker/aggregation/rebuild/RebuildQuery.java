package org.recoverytracker.aggregation.rebuild;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
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
}
