package org.recoverytracker.aggregation.exports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.recoverytracker.aggregation.rebuild.RebuildTable;

/**
 * Rebuilding per area and sector as CSV: a header row, an HXL hashtag row, then per area (the province, each
 * district, each commune) one row of every sector together ({@code sector} ALL, which alone carries the aid allocated,
 * the funding gap and the targets' statuses: aid is allocated by PDNA sector, which does not map one to one onto the
 * projects' sectors) followed by a row per sector with projects. Planned and done count projects; money in VND.
 */
final class RebuildCsv {
    private static final List<String> NAMES = List.of("level", "parent_code", "sector", "projects_planned",
            "projects_done", "percent_done", "funding_required_vnd", "disbursed_vnd", "percent_disbursed",
            "funded_vnd", "gap_vnd", "targets", "targets_on_track", "targets_at_risk", "targets_off_track", "as_of");
    private static final List<String> TAGS = List.of("#meta+level", "#meta+parent+code", "#sector+code",
            "#activity+project+num+planned", "#activity+project+num+completed", "#indicator+completed+pct",
            "#value+funding+required+vnd", "#value+spend+vnd", "#indicator+disbursed+pct",
            "#value+funding+allocated+vnd", "#value+funding+gap+vnd", "#indicator+targets+num",
            "#indicator+targets+on_track+num", "#indicator+targets+at_risk+num", "#indicator+targets+off_track+num",
            "#date+reported");

    private final int levels;

    RebuildCsv(int levels) {
        this.levels = levels;
    }

    String head() {
        return CsvText.head(levels, NAMES, TAGS);
    }

    String rows(RebuildTable table, RebuildTable.Row row) {
        StringBuilder text = new StringBuilder(line(table, row, row.total(), true));
        row.sectors().forEach(sector -> text.append(line(table, row, sector, false)));
        return text.toString();
    }

    private String line(RebuildTable table, RebuildTable.Row row, RebuildTable.SectorRow sector, boolean total) {
        List<String> cells = new ArrayList<>(CsvText.areaCells(row.area(), row.above(), levels));
        cells.add(row.area().level().name());
        cells.add(row.area().parentCode() == null ? "" : row.area().parentCode());
        cells.add(sector.sector());
        cells.add(Integer.toString(sector.projects()));
        cells.add(Integer.toString(sector.completed()));
        cells.add(percent(sector.percentCompleted()));
        cells.add(Long.toString(sector.budgetVnd()));
        cells.add(Long.toString(sector.disbursedVnd()));
        cells.add(percent(sector.percentDisbursed()));
        cells.add(total ? Long.toString(row.allocatedVnd()) : "");
        cells.add(total ? Long.toString(row.gapVnd()) : "");
        cells.add(total ? Integer.toString(row.targets()) : "");
        cells.add(total ? Integer.toString(row.onTrack()) : "");
        cells.add(total ? Integer.toString(row.atRisk()) : "");
        cells.add(total ? Integer.toString(row.offTrack()) : "");
        cells.add(table.asOf().toString());
        return CsvText.line(cells);
    }

    private static String percent(BigDecimal value) {
        return value == null ? "" : CsvText.number(value);
    }
}
