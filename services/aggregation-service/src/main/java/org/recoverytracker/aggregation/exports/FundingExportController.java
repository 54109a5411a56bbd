package org.recoverytracker.aggregation.exports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import org.reactivestreams.Publisher;
import org.recoverytracker.aggregation.aid.AidTable;
import org.recoverytracker.aggregation.aid.AidTotals;
import org.recoverytracker.aggregation.rebuild.RebuildExport;
import org.recoverytracker.aggregation.rebuild.RebuildTable;
import org.recoverytracker.aggregation.web.QueryParameters;
import reactor.core.publisher.Flux;

/**
 * Downloads of aid ({@code aid.csv}) and rebuilding ({@code rebuild.csv}) of every area, with an HXL hashtag row:
 * the figures of the aid totals, rebuilding totals, funding-gap and targets APIs for each area, written area by area
 * as a chunked stream like the damage exports.
 */
@Controller("/api/v1/exports")
final class FundingExportController {
    private final AidTotals aid;
    private final RebuildExport rebuild;

    FundingExportController(AidTotals aid, RebuildExport rebuild) {
        this.aid = aid;
        this.rebuild = rebuild;
    }

    @Get(value = "/aid.csv", produces = DamageExportController.CSV)
    HttpResponse<Publisher<byte[]>> aid(@Nullable @QueryValue String disaster, @Nullable @QueryValue String disasterId,
                                        @Nullable @QueryValue String boundaries) {
        AidTable table = aid.everyArea(Downloads.disaster(disaster, disasterId), QueryParameters.date("boundaries", boundaries));
        AidCsv csv = new AidCsv(table.rows().getFirst().area().version().levels().size());
        Flux<String> body = Flux.concat(Flux.just(csv.head()), Flux.fromIterable(table.rows()).map(csv::row));
        return Downloads.attachment(body, "aid", table.disasterId(), "csv");
    }

    @Get(value = "/rebuild.csv", produces = DamageExportController.CSV)
    HttpResponse<Publisher<byte[]>> rebuild(@Nullable @QueryValue String disaster, @Nullable @QueryValue String disasterId,
                                            @Nullable @QueryValue String boundaries) {
        RebuildTable table = rebuild.everyArea(Downloads.disaster(disaster, disasterId),
                QueryParameters.date("boundaries", boundaries));
        RebuildCsv csv = new RebuildCsv(table.rows().getFirst().area().version().levels().size());
        Flux<String> body = Flux.concat(Flux.just(csv.head()), Flux.fromIterable(table.rows()).map(row -> csv.rows(table, row)));
        return Downloads.attachment(body, "rebuild", table.disasterId(), "csv");
    }
}
