package org.recoverytracker.contracts.area;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.recoverytracker.contracts.csv.CsvTable;

/** Reads the gazetteer's CSV tables (columns as in the Cao Bằng files) into areas and lineage links. */
final class GazetteerCsv {
    /** Used when a file has no {@code province_type} column: a centrally-run city would say Thành phố. */
    static final String DEFAULT_PROVINCE_TYPE = "Tỉnh";

    private GazetteerCsv() {
    }

    /** Province → district → commune, one row per commune. Areas come out province first, then each district and its communes. */
    static List<Area> threeTier(CsvTable table, BoundaryVersion version) {
        table.requireColumns("province_code", "province_name", "district_code", "district_name", "district_type",
                "commune_code", "commune_name", "commune_type");
        Map<String, Area> areas = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Area province = province(row, version);
            Area district = new Area(row.required("district_code"), AreaLevel.DISTRICT, row.required("district_name"),
                    row.required("district_type"), province.code(), version);
            Area commune = new Area(row.required("commune_code"), AreaLevel.COMMUNE, row.required("commune_name"),
                    row.required("commune_type"), district.code(), version);
            putConsistent(areas, province, row);
            putConsistent(areas, district, row);
            putUnique(areas, commune, row);
        }
        return List.copyOf(areas.values());
    }

    /** Province → commune, one row per commune. */
    static List<Area> twoTier(CsvTable table, BoundaryVersion version) {
        table.requireColumns("province_code", "province_name", "commune_code", "commune_name", "commune_type");
        Map<String, Area> areas = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Area province = province(row, version);
            Area commune = new Area(row.required("commune_code"), AreaLevel.COMMUNE, row.required("commune_name"),
                    row.required("commune_type"), province.code(), version);
            putConsistent(areas, province, row);
            putUnique(areas, commune, row);
        }
        return List.copyOf(areas.values());
    }

    /** The one {@code valid_from} date every row of a two-tier file carries. */
    static LocalDate validFrom(CsvTable table) {
        table.requireColumns("valid_from");
        LocalDate start = null;
        for (CsvTable.Row row : table.rows()) {
            LocalDate date = date(row, row.required("valid_from"));
            if (start != null && !start.equals(date)) {
                throw row.invalid("valid_from " + date + " differs from " + start + ": one file is one boundary version");
            }
            start = date;
        }
        if (start == null) {
            throw new IllegalArgumentException(table.source() + ": no areas");
        }
        return start;
    }

    /** Old commune → new commune rows; both codes must be communes of their versions. */
    static List<LineageLink> lineage(CsvTable table, Map<String, Area> oldAreas, Map<String, Area> newAreas) {
        table.requireColumns("old_commune_code", "new_commune_code", "merge_type");
        List<LineageLink> links = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            Area oldArea = commune(row, oldAreas, row.required("old_commune_code"));
            Area newArea = commune(row, newAreas, row.required("new_commune_code"));
            boolean reused = row.optional("code_reused")
                    .map(v -> v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("true"))
                    .orElse(oldArea.code().equals(newArea.code()));
            links.add(new LineageLink(oldArea.code(), newArea.code(), mergeType(row), reused,
                    oldArea.version(), newArea.version()));
        }
        return List.copyOf(links);
    }

    private static Area province(CsvTable.Row row, BoundaryVersion version) {
        return new Area(row.required("province_code"), AreaLevel.PROVINCE, row.required("province_name"),
                row.optional("province_type").orElse(DEFAULT_PROVINCE_TYPE), null, version);
    }

    private static Area commune(CsvTable.Row row, Map<String, Area> areas, String code) {
        Area area = areas.get(code);
        if (area == null || area.level() != AreaLevel.COMMUNE) {
            throw row.invalid(code + " is not a commune of boundary version " + areas.values().iterator().next().version());
        }
        return area;
    }

    private static MergeType mergeType(CsvTable.Row row) {
        String value = row.required("merge_type").toLowerCase(Locale.ROOT);
        return switch (value) {
            case "full", "whole" -> MergeType.FULL;
            case "partial", "split" -> MergeType.PARTIAL;
            default -> throw row.invalid("merge_type must be full or partial, not " + value);
        };
    }

    private static LocalDate date(CsvTable.Row row, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw row.invalid("not an ISO date: " + value);
        }
    }

    /** A province or district repeats on every row of its communes: it must repeat identically. */
    private static void putConsistent(Map<String, Area> areas, Area area, CsvTable.Row row) {
        Area known = areas.putIfAbsent(area.code(), area);
        if (known != null && !known.equals(area)) {
            throw row.invalid("code " + area.code() + " is already " + describe(known) + ", not " + describe(area));
        }
        if (area.level() == AreaLevel.PROVINCE && areas.values().stream()
                .anyMatch(a -> a.level() == AreaLevel.PROVINCE && !a.code().equals(area.code()))) {
            throw row.invalid("a second province " + area.code() + ": a gazetteer holds one province");
        }
    }

    private static void putUnique(Map<String, Area> areas, Area area, CsvTable.Row row) {
        Area known = areas.putIfAbsent(area.code(), area);
        if (known != null) {
            throw row.invalid("duplicate code " + area.code() + " (already " + describe(known) + ")");
        }
    }

    private static String describe(Area area) {
        return Objects.toString(area.level()).toLowerCase(Locale.ROOT) + " " + area.fullName()
                + (area.parentCode() == null ? "" : " in " + area.parentCode());
    }
}
