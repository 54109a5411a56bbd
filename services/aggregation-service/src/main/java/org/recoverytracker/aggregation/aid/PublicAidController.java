package org.recoverytracker.aggregation.aid;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import org.recoverytracker.aggregation.aid.AidResponses.LedgerPage;
import org.recoverytracker.aggregation.web.QueryParameters;

/** The public aid ledger: no login (when the service gains authentication, this path must stay anonymous). */
@Controller(value = "/api/v1/public/aid", produces = MediaType.APPLICATION_JSON)
final class PublicAidController {
    private final PublicAidLedger ledger;

    PublicAidController(PublicAidLedger ledger) {
        this.ledger = ledger;
    }

    @Get
    LedgerPage ledger(@Nullable @QueryValue String disaster, @Nullable @QueryValue String area,
                      @Nullable @QueryValue String boundaries, @Nullable @QueryValue String page,
                      @Nullable @QueryValue String size) {
        return ledger.page(QueryParameters.optional(disaster), QueryParameters.optional(area),
                QueryParameters.date("boundaries", boundaries), QueryParameters.integer("page", page, 0, 0, 100_000),
                QueryParameters.integer("size", size, 50, 1, 500));
    }
}
