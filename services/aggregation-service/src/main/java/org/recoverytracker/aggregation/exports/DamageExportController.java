package org.recoverytracker.aggregation.exports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reactivestreams.Publisher;
import org.recoverytracker.aggregation.totals.AreaTable;
import org.recoverytracker.aggregation.totals.DamageTotals;
import org.recoverytracker.aggregation.web.QueryParameters;
import org.recoverytracker.contracts.damage.Source;
import org.recoverytracker.contracts.indicator.IndicatorCatalogue;
import reactor.core.publisher.Flux;

/**
 * Downloads of the damage totals of every area: {@code damage.csv} (with an HXL hashtag row) and
 * {@code damage.geojson}. The figures are those of the totals API with the same {@code source}, {@code asOf} and
 * {@code boundaries}; the answer is written area by area as a chunked stream, so a large export starts at once.
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/v1/exports")
final class DamageExportController {
    static final String CSV = "text/csv;charset=utf-8";
    static final String GEOJSON = "application/geo+json";

    private final DamageTotals totals;
    private final IndicatorCatalogue catalogue;
    private final DamageGeoJson geoJson;

    DamageExportController(DamageTotals totals, IndicatorCatalogue catalogue, JsonMapper json, AreaShapes shapes) {
        this.totals = totals;
        this.catalogue = catalogue;
        this.geoJson = new DamageGeoJson(json, shapes);
    }

    /** {@code lang=en} labels the indicator columns in English (Vietnamese by default). */
    @Get(value = "/damage.csv", produces = CSV)
    HttpResponse<Publisher<byte[]>> csv(@Nullable @QueryValue String disaster, @Nullable @QueryValue String disasterId,
                                        @Nullable @QueryValue String source, @Nullable @QueryValue String asOf,
                                        @Nullable @QueryValue String boundaries, @Nullable @QueryValue String lang) {
        AreaTable table = table(Downloads.disaster(disaster, disasterId), source, asOf, boundaries);
        int levels = table.rows().getFirst().area().version().levels().size();
        DamageCsv csv = new DamageCsv(catalogue.all(), levels, "en".equalsIgnoreCase(lang));
        Flux<String> body = Flux.concat(Flux.just(csv.head()),
                Flux.fromIterable(table.rows()).map(row -> csv.rows(table, row)));
        return Downloads.attachment(body, "damage", table.disasterId(), "csv");
    }

    @Get(value = "/damage.geojson", produces = GEOJSON)
    HttpResponse<Publisher<byte[]>> geoJson(@Nullable @QueryValue String disaster, @Nullable @QueryValue String disasterId,
                                            @Nullable @QueryValue String source, @Nullable @QueryValue String asOf,
                                            @Nullable @QueryValue String boundaries) {
        AreaTable table = table(Downloads.disaster(disaster, disasterId), source, asOf, boundaries);
        AtomicBoolean first = new AtomicBoolean(true);
        Flux<String> body = Flux.concat(Flux.just(geoJson.opening(table)),
                Flux.fromIterable(table.rows()).map(row -> geoJson.feature(row, first.getAndSet(false))),
                Flux.just(geoJson.closing()));
        return Downloads.attachment(body, "damage", table.disasterId(), "geojson");
    }

    private AreaTable table(String disaster, @Nullable String source, @Nullable String asOf,
                            @Nullable String boundaries) {
        return totals.everyArea(disaster,
                QueryParameters.oneOf("source", source, Source.class).orElse(null),
                QueryParameters.instant("asOf", asOf),
                QueryParameters.date("boundaries", boundaries));
    }
}
