package org.recoverytracker.aggregation.rebuild;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;

/**
 * Rebuilding progress and the funding gap for coordinators. Every query takes {@code area} (default the province),
 * {@code disaster} (default all), {@code asOf} (default now, by the service clock) and {@code boundaries}; parameters
 * arrive as text so every error names its parameter.
 */
@Controller(value = "/api/v1", produces = MediaType.APPLICATION_JSON)
final class RebuildController {
    private final RebuildTotals totals;
    private final TargetTracking targets;
    private final LaggingUnits lagging;
    private final FundingGap fundingGap;

    RebuildController(RebuildTotals totals, TargetTracking targets, LaggingUnits lagging, FundingGap fundingGap) {
        this.totals = totals;
        this.targets = targets;
        this.lagging = lagging;
        this.fundingGap = fundingGap;
    }

    @Get("/totals/rebuild")
    RebuildTotalsAnswer totals(@Nullable @QueryValue String area, @Nullable @QueryValue String disaster,
                               @Nullable @QueryValue String asOf, @Nullable @QueryValue String boundaries) {
        return totals.totals(RebuildQuery.of(area, disaster, asOf, boundaries));
    }

    @Get("/targets")
    TargetsAnswer targets(@Nullable @QueryValue String area, @Nullable @QueryValue String disaster,
                          @Nullable @QueryValue String asOf, @Nullable @QueryValue String boundaries) {
        return targets.targets(RebuildQuery.of(area, disaster, asOf, boundaries));
    }

    @Get("/lagging-units")
    LaggingUnitsAnswer laggingUnits(@Nullable @QueryValue String area, @Nullable @QueryValue String disaster,
                                    @Nullable @QueryValue String asOf, @Nullable @QueryValue String boundaries) {
        return lagging.rank(RebuildQuery.of(area, disaster, asOf, boundaries));
    }

    /** The gap is a now-figure: it takes no {@code asOf}. */
    @Get("/funding-gap")
    FundingGapAnswer fundingGap(@Nullable @QueryValue String area, @Nullable @QueryValue String disaster,
                                @Nullable @QueryValue String boundaries) {
        return fundingGap.gap(RebuildQuery.of(area, disaster, null, boundaries));
    }
}
