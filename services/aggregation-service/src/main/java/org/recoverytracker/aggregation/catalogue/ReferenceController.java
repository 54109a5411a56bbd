package org.recoverytracker.aggregation.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.recoverytracker.contracts.area.Area;
import org.recoverytracker.contracts.area.AreaLevel;
import org.recoverytracker.contracts.area.BoundaryVersion;
import org.recoverytracker.contracts.area.Gazetteer;
import org.recoverytracker.contracts.indicator.Indicator;
import org.recoverytracker.contracts.indicator.IndicatorCatalogue;

/**
 * The vocabularies totals are read in, for pages that label them: the indicator catalogue (names in Vietnamese
 * and English, unit, group) and the area tree of every boundary version. Both come from the contracts (or the
 * configured files), so a page never keeps its own copy of a name.
 */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller(value = "/api/v1/totals", produces = MediaType.APPLICATION_JSON)
final class ReferenceController {
    private final IndicatorCatalogue catalogue;
    private final Gazetteer gazetteer;

    ReferenceController(IndicatorCatalogue catalogue, Gazetteer gazetteer) {
        this.catalogue = catalogue;
        this.gazetteer = gazetteer;
    }

    /** {@code GET /api/v1/totals/indicators}: every indicator, in catalogue order. */
    @Get("/indicators")
    List<IndicatorView> indicators() {
        return catalogue.all().stream().map(IndicatorView::of).toList();
    }

    /** {@code GET /api/v1/totals/areas}: each boundary version (its id is what totals answer as {@code boundaries}) with its areas, top-down. */
    @Get("/areas")
    List<VersionView> areas() {
        return gazetteer.versions().stream().map(version -> VersionView.of(version, gazetteer.areas(version))).toList();
    }

    @Serdeable
    record IndicatorView(String code, String group, String nameVi, String nameEn, String unit) {
        static IndicatorView of(Indicator indicator) {
            return new IndicatorView(indicator.code(), indicator.group(), indicator.nameVi(), indicator.nameEn(), indicator.unit());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AreaView(String code, String name, String level, @Nullable String parentCode) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record VersionView(String boundaries, @Nullable String validTo, List<String> levels, List<AreaView> areas) {
        static VersionView of(BoundaryVersion version, List<Area> areas) {
            return new VersionView(version.id(), version.validTo() == null ? null : version.validTo().toString(),
                    version.levels().stream().map(AreaLevel::name).toList(),
                    areas.stream().map(a -> new AreaView(a.code(), a.fullName(), a.level().name(), a.parentCode())).toList());
        }
    }
}
