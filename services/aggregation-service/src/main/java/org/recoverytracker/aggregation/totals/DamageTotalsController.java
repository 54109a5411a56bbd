package org.recoverytracker.aggregation.totals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.recoverytracker.aggregation.totals.TotalsResponses.History;
import org.recoverytracker.aggregation.totals.TotalsResponses.Totals;
import org.recoverytracker.aggregation.web.QueryParameters;
import org.recoverytracker.contracts.damage.Source;

/** Damage totals per area with roll-up, and their history. Parameters arrive as text so every error names its parameter. */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller(value = "/api/v1/totals/damage", produces = MediaType.APPLICATION_JSON)
final class DamageTotalsController {
    private final DamageTotals totals;
    private final DamageHistory history;

    DamageTotalsController(DamageTotals totals, DamageHistory history) {
        this.totals = totals;
        this.history = history;
    }

    @Get
    Totals totals(@Nullable @QueryValue String disaster, @Nullable @QueryValue String area,
                  @Nullable @QueryValue String source, @Nullable @QueryValue String asOf,
                  @Nullable @QueryValue String boundaries) {
        return totals.totals(
                QueryParameters.required("disaster", disaster),
                QueryParameters.optional(area),
                QueryParameters.oneOf("source", source, Source.class).orElse(null),
                QueryParameters.instant("asOf", asOf),
                QueryParameters.date("boundaries", boundaries));
    }

    @Get("/history")
    History history(@Nullable @QueryValue String disaster, @Nullable @QueryValue String area,
                    @Nullable @QueryValue String indicator, @Nullable @QueryValue String source,
                    @Nullable @QueryValue String bucket, @Nullable @QueryValue String asOf,
                    @Nullable @QueryValue String boundaries) {
        return history.history(
                QueryParameters.required("disaster", disaster),
                QueryParameters.optional(area),
                QueryParameters.required("indicator", indicator),
                QueryParameters.oneOf("source", source, Source.class).orElse(null),
                QueryParameters.oneOf("bucket", bucket, Bucket.class).orElse(Bucket.DAY),
                QueryParameters.instant("asOf", asOf),
                QueryParameters.date("boundaries", boundaries));
    }
}
