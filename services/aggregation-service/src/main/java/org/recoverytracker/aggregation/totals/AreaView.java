package org.recoverytracker.aggregation.totals;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recoverytracker.contracts.area.Area;
import org.recoverytracker.contracts.area.AreaMapping;
import org.recoverytracker.contracts.area.BoundaryVersion;
import org.recoverytracker.contracts.area.Gazetteer;

/**
 * The area tree totals are read in: one boundary version (DESIGN §7). Figures reported against another version's
 * codes are carried here through the lineage: communes merged whole add up in the new commune; a split or an
 * abolished level leaves the figure {@link Unplaced}. Where an area has both its own report and figures carried
 * over, the one with the later {@code asOf} stands (its own report on a tie).
 */
public final class AreaView {
    private final Gazetteer gazetteer;
    private final BoundaryVersion version;

    AreaView(Gazetteer gazetteer, BoundaryVersion version) {
        this.gazetteer = gazetteer;
        this.version = version;
    }

    public BoundaryVersion version() {
        return version;
    }

    public Area root() {
        return gazetteer.root(version);
    }

    public Optional<Area> area(String code) {
        return gazetteer.area(code, version);
    }

    public List<Area> children(String code) {
        return gazetteer.children(code, version);
    }

    List<String> childCodes(String code) {
        return children(code).stream().map(Area::code).toList();
    }

    /** An area with its ancestors, the province first. */
    public record Path(Area area, List<Area> above) {
    }

    /** {@code from} and every area below it, each followed by the areas below it (gazetteer order). */
    public List<Path> topDown(Area from) {
        List<Path> paths = new ArrayList<>();
        addTopDown(from, List.of(), paths);
        return paths;
    }

    private void addTopDown(Area area, List<Area> above, List<Path> paths) {
        paths.add(new Path(area, above));
        List<Area> path = new ArrayList<>(above);
        path.add(area);
        children(area.code()).forEach(child -> addTopDown(child, List.copyOf(path), paths));
    }

    public boolean isWithin(String code, String ancestorCode) {
        return gazetteer.isWithin(code, ancestorCode, version);
    }

    /**
     * The area of this version an additive amount (aid) recorded against {@code code} in the version starting
     * {@code recordedIn} counts in: the same area, the area it merged into, the nearest area holding all the parts it
     * was split into, or the province when the code has no counterpart (an abolished district) or is absent.
     */
    public String containing(@Nullable String code, @Nullable LocalDate recordedIn) {
        if (code == null || recordedIn == null) {
            return root().code();
        }
        if (recordedIn.equals(version.validFrom())) {
            return area(code).map(Area::code).orElseGet(() -> root().code());
        }
        return gazetteer.version(recordedIn.toString()).map(from -> switch (gazetteer.map(code, from, version)) {
            case AreaMapping.Mapped mapped -> mapped.area().code();
            case AreaMapping.Split split -> split.within().code();
            case AreaMapping.Unmapped none -> root().code();
        }).orElseGet(() -> root().code());
    }

    Placement place(Iterable<ReportedFigure> standing) {
        Map<String, Map<Series, Reported>> own = new HashMap<>();
        Map<String, Map<Series, Reported>> carried = new HashMap<>();
        List<Unplaced> unplaced = new ArrayList<>();
        for (ReportedFigure figure : standing) {
            Reported reported = new Reported(figure.value(), figure.asOf());
            if (figure.boundaryVersion().equals(version.validFrom())) {
                own.computeIfAbsent(figure.areaCode(), code -> new HashMap<>()).put(figure.series(), reported);
                continue;
            }
            Optional<BoundaryVersion> from = gazetteer.version(figure.boundaryVersion().toString());
            AreaMapping mapping = from.isPresent()
                    ? gazetteer.map(figure.areaCode(), from.get(), version)
                    : new AreaMapping.Unmapped(figure.areaCode(), AreaMapping.Reason.UNKNOWN_CODE);
            switch (mapping) {
                case AreaMapping.Mapped mapped -> carried.computeIfAbsent(mapped.area().code(), code -> new HashMap<>())
                        .merge(figure.series(), reported, Reported::plus);
                case AreaMapping.Split split -> unplaced.add(unplaced(figure, "SPLIT", split.within().code()));
                case AreaMapping.Unmapped none -> unplaced.add(unplaced(figure, none.reason().name(), root().code()));
            }
        }
        carried.forEach((code, figures) -> figures.forEach((series, reported) ->
                own.computeIfAbsent(code, c -> new HashMap<>()).merge(series, reported,
                        (direct, fromLineage) -> fromLineage.asOf().isAfter(direct.asOf()) ? fromLineage : direct)));
        return new Placement(own, unplaced);
    }

    private static Unplaced unplaced(ReportedFigure figure, String reason, String withinCode) {
        return new Unplaced(figure.areaCode(), figure.boundaryVersion(), figure.series(), figure.value(), figure.asOf(),
                reason, withinCode);
    }

    /** Each area's own figures in this version, and the figures that have no single area in it. */
    record Placement(Map<String, Map<Series, Reported>> own, List<Unplaced> unplaced) {
    }
}
