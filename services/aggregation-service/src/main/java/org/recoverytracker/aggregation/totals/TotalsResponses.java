package org.recoverytracker.aggregation.totals;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.recoverytracker.contracts.area.Area;
import org.recoverytracker.contracts.damage.Source;

/** The JSON answers of the totals API. Absent figures are written as null so every field is always there. */
public final class TotalsResponses {

    private TotalsResponses() {
    }

    /** {@code name} is type and name ("Huyện Hòa An"): the city and the province are both plain "Cao Bằng". */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AreaRef(String code, String name, String level) {
        public static AreaRef of(Area area) {
            return new AreaRef(area.code(), area.fullName(), area.level().name());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Figure(String indicator, Source source, BigDecimal value, @Nullable BigDecimal reported,
                  @Nullable Instant reportedAsOf, @Nullable BigDecimal childrenSum, @Nullable Instant childrenAsOf,
                  boolean discrepancy) {
        static Figure of(Headline headline) {
            return new Figure(headline.series().indicator(), headline.series().source(), headline.value(),
                    headline.reported(), headline.reportedAsOf(), headline.childrenSum(), headline.childrenAsOf(),
                    headline.discrepancy());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Child(String code, String name, List<Figure> figures) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record UnplacedFigure(String areaCode, String boundaries, String indicator, Source source, BigDecimal value,
                          Instant asOf, String reason, String withinCode) {
        static UnplacedFigure of(Unplaced unplaced) {
            return new UnplacedFigure(unplaced.areaCode(), unplaced.boundaryVersion().toString(),
                    unplaced.series().indicator(), unplaced.series().source(), unplaced.value(), unplaced.asOf(),
                    unplaced.reason(), unplaced.withinCode());
        }
    }

    /** {@code GET /api/v1/totals/damage}: {@code boundaries} is the boundary version the areas are read in. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Totals(AreaRef area, String disasterId, Instant asOf, String boundaries, List<Figure> figures,
                  List<Child> children, List<UnplacedFigure> unplaced) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Point(Instant at, @Nullable BigDecimal value, @Nullable BigDecimal reported,
                 @Nullable BigDecimal childrenSum, boolean discrepancy) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SourceSeries(Source source, List<Point> points) {
    }

    /** {@code GET /api/v1/totals/damage/history}: one series per source, a point at the end of each bucket. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record History(AreaRef area, String disasterId, String indicator, String bucket, String boundaries,
                   List<SourceSeries> series) {
    }
}
