package org.recoverytracker.aggregation.aid;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import org.recoverytracker.aggregation.web.QueryParameters;

/** Aid per state (pledged, received, allocated, distributed) in an area and its children. */
@Controller(value = "/api/v1/totals/aid", produces = MediaType.APPLICATION_JSON)
final class AidTotalsController {
    private final AidTotals totals;

    AidTotalsController(AidTotals totals) {
        this.totals = totals;
    }

    @Get
    AidResponses.AidTotals totals(@Nullable @QueryValue String disaster, @Nullable @QueryValue String area,
                                  @Nullable @QueryValue String boundaries) {
        return totals.totals(QueryParameters.optional(disaster), QueryParameters.optional(area),
                QueryParameters.date("boundaries", boundaries));
    }
}
