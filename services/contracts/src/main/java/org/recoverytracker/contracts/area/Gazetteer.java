package org.recoverytracker.contracts.area;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.recoverytracker.contracts.csv.CsvTable;

/**
 * One province's administrative areas as trees of official codes, one tree per {@link BoundaryVersion}, and
 * the lineage from the three-tier version (province → district → commune, until 2025-06-30) to the two-tier
 * version (province → commune, from 2025-07-01). Every lookup names a date or a version because codes are
 * reused across versions. Immutable and thread-safe; load it once.
 *
 * <p>The default is Cao Bằng ({@link #loadDefault()}); {@link #load(Path, LocalDate, Path, Path)} reads another
 * province's files with the same columns.
 */
public final class Gazetteer {
    /** Dates of validity are local dates in Vietnam; {@link #dateOf(Instant)} converts event times with it. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Cao Bằng's last district-level change before the 2025 reform (the snapshot is treated as valid since). */
    public static final LocalDate DEFAULT_THREE_TIER_FROM = LocalDate.of(2020, 3, 1);

    private static final String RESOURCES = "/org/recoverytracker/contracts/reference/areas/";
    /** Classpath location of the default province's pre-reform district polygons (GeoJSON, GPL-3.0 data). */
    public static final String DEFAULT_DISTRICT_GEOJSON = RESOURCES + "cao-bang-districts-2020-2025.geojson";

    private final List<BoundaryVersion> versions;
    private final Map<BoundaryVersion, Map<String, Area>> areas;
    private final Map<BoundaryVersion, Map<String, List<Area>>> children;
    private final List<LineageLink> lineage;

    private Gazetteer(Map<BoundaryVersion, List<Area>> areasByVersion, List<LineageLink> lineage) {
        this.versions = List.copyOf(areasByVersion.keySet());
        this.areas = new LinkedHashMap<>();
        this.children = new LinkedHashMap<>();
        areasByVersion.forEach((version, list) -> {
            Map<String, Area> byCode = new LinkedHashMap<>();
            list.forEach(area -> byCode.put(area.code(), area));
            areas.put(version, byCode);
            children.put(version, list.stream().filter(a -> a.parentCode() != null)
                    .collect(Collectors.groupingBy(Area::parentCode, LinkedHashMap::new, Collectors.toUnmodifiableList())));
        });
        this.lineage = lineage;
    }

    /** Cao Bằng: the 2025-03-01 snapshot valid 2020-03-01 .. 2025-06-30, the two-tier set from 2025-07-01, their lineage. */
    public static Gazetteer loadDefault() {
        return read(DEFAULT_THREE_TIER_FROM,
                resource("cao-bang-2025-03-01.csv"), resource("cao-bang-2025-07-01.csv"),
                resource("cao-bang-lineage-2025-07-01.csv"));
    }

    /**
     * Another province from UTF-8 CSV files with the default files' columns. The three-tier file has no dates,
     * so {@code threeTierValidFrom} says since when it holds; it holds until the day before the two-tier file's
     * {@code valid_from}. The lineage maps three-tier communes to two-tier communes.
     */
    public static Gazetteer load(Path threeTierCsv, LocalDate threeTierValidFrom, Path twoTierCsv, Path lineageCsv) {
        return read(threeTierValidFrom, file(threeTierCsv), file(twoTierCsv), file(lineageCsv));
    }

    /** Converts an event time to the local date in Vietnam that validity dates speak of. */
    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** Every version, oldest first. */
    public List<BoundaryVersion> versions() {
        return versions;
    }

    /** The version valid on a date, empty before the first one. */
    public Optional<BoundaryVersion> versionAt(LocalDate date) {
        return versions.stream().filter(v -> v.contains(date)).findFirst();
    }

    public Optional<BoundaryVersion> versionAt(Instant instant) {
        return versionAt(dateOf(instant));
    }

    /** The version named by its id (start date, {@code 2025-07-01}); empty for any other text. */
    public Optional<BoundaryVersion> version(String id) {
        try {
            LocalDate start = LocalDate.parse(id);
            return versions.stream().filter(v -> v.validFrom().equals(start)).findFirst();
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The area a code means on a date: empty when the code is unknown or not valid then. */
    public Optional<Area> find(String code, LocalDate date) {
        return versionAt(date).flatMap(v -> area(code, v));
    }

    public Optional<Area> find(String code, Instant instant) {
        return find(code, dateOf(instant));
    }

    public Optional<Area> area(String code, BoundaryVersion version) {
        return Optional.ofNullable(code).map(index(version)::get);
    }

    /** Every area of a version, top-down: the province, then each district followed by its communes. */
    public List<Area> areas(BoundaryVersion version) {
        return List.copyOf(index(version).values());
    }

    /** The province, the root of a version's tree. */
    public Area root(BoundaryVersion version) {
        return index(version).values().iterator().next();
    }

    /** The areas directly below, in file order; empty for a commune or an unknown code. */
    public List<Area> children(String code, BoundaryVersion version) {
        index(version);
        return children.get(version).getOrDefault(code, List.of());
    }

    public Optional<Area> parent(String code, BoundaryVersion version) {
        return area(code, version).map(Area::parentCode).flatMap(p -> area(p, version));
    }

    /** The areas above, nearest first and the province last; empty for the province or an unknown code. */
    public List<Area> ancestors(String code, BoundaryVersion version) {
        List<Area> result = new ArrayList<>();
        for (Optional<Area> up = parent(code, version); up.isPresent(); up = parent(up.get().code(), version)) {
            result.add(up.get());
        }
        return List.copyOf(result);
    }

    /** Whether {@code code} is {@code ancestorCode} itself or lies below it; false when either is unknown. */
    public boolean isWithin(String code, String ancestorCode, BoundaryVersion version) {
        if (area(code, version).isEmpty() || ancestorCode == null) {
            return false;
        }
        return code.equals(ancestorCode)
                || ancestors(code, version).stream().anyMatch(a -> a.code().equals(ancestorCode));
    }

    /** Every lineage row, in file order. */
    public List<LineageLink> lineage() {
        return lineage;
    }

    /** Where area {@code code} of version {@code from} lies in version {@code to}; see {@link AreaMapping}. */
    public AreaMapping map(String code, BoundaryVersion from, BoundaryVersion to) {
        return new LineageMapper(this).map(code, from, to);
    }

    private Map<String, Area> index(BoundaryVersion version) {
        Map<String, Area> byCode = areas.get(version);
        if (byCode == null) {
            throw new IllegalArgumentException("boundary version " + version + " is not one of " + versions);
        }
        return byCode;
    }

    private static Gazetteer read(LocalDate threeTierFrom, Source threeTier, Source twoTier, Source lineage) {
        CsvTable twoTierTable = twoTier.table();
        LocalDate twoTierFrom = GazetteerCsv.validFrom(twoTierTable);
        if (!threeTierFrom.isBefore(twoTierFrom)) {
            throw new IllegalArgumentException("three-tier start " + threeTierFrom + " is not before the two-tier "
                    + "start " + twoTierFrom + " of " + twoTierTable.source());
        }
        BoundaryVersion old = new BoundaryVersion(threeTierFrom, twoTierFrom.minusDays(1),
                List.of(AreaLevel.PROVINCE, AreaLevel.DISTRICT, AreaLevel.COMMUNE));
        BoundaryVersion current = new BoundaryVersion(twoTierFrom, null, List.of(AreaLevel.PROVINCE, AreaLevel.COMMUNE));
        Map<BoundaryVersion, List<Area>> byVersion = new LinkedHashMap<>();
        byVersion.put(old, GazetteerCsv.threeTier(threeTier.table(), old));
        byVersion.put(current, GazetteerCsv.twoTier(twoTierTable, current));
        List<LineageLink> links = GazetteerCsv.lineage(lineage.table(), byCode(byVersion.get(old)),
                byCode(byVersion.get(current)));
        return new Gazetteer(byVersion, links);
    }

    private static Map<String, Area> byCode(List<Area> list) {
        return list.stream().collect(Collectors.toMap(Area::code, Function.identity()));
    }

    private static Source resource(String name) {
        return new Source(RESOURCES + name, () -> {
            InputStream in = Gazetteer.class.getResourceAsStream(RESOURCES + name);
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCES + name);
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        });
    }

    private static Source file(Path path) {
        return new Source(path.toString(), () -> Files.newBufferedReader(path, StandardCharsets.UTF_8));
    }

    private record Source(String name, Opener opener) {
        CsvTable table() {
            try (Reader reader = opener.open()) {
                return CsvTable.read(reader, name);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }
    }

    @FunctionalInterface
    private interface Opener {
        Reader open() throws IOException;
    }
}
