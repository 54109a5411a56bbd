package org.recoverytracker.aggregation.exports;

import java.util.ArrayList;
import java.util.List;
import org.recoverytracker.aggregation.aid.AidTable;

/**
 * Aid per area as CSV: a header row, an HXL hashtag row, then one row per area (the province, each district, each
 * commune) with the VND value of each state, the households reached and the donors counted once each. Money in VND:
 * a pledge is shown, not counted as funding; funding is what was received and moved on from it.
 */
final class AidCsv {
    private static final List<String> NAMES = List.of("level", "parent_code", "pledged_vnd", "received_vnd", "allocated_vnd",
            "distributed_vnd", "households_reached", "donors_pledged", "donors_received");
    private static final List<String> TAGS = List.of("#meta+level", "#meta+parent+code", "#value+funding+pledged+vnd",
            "#value+funding+received+vnd", "#value+funding+allocated+vnd", "#value+funding+distributed+vnd",
            "#reached+hh", "#org+funder+num+pledged", "#org+funder+num+received");

    private final int levels;

    AidCsv(int levels) {
        this.levels = levels;
    }

    String head() {
        return CsvText.head(levels, NAMES, TAGS);
    }

    String row(AidTable.Row row) {
        List<String> cells = new ArrayList<>(CsvText.areaCells(row.area(), row.above(), levels));
        cells.add(row.area().level().name());
        cells.add(row.area().parentCode() == null ? "" : row.area().parentCode());
        cells.add(Long.toString(row.pledgedVnd()));
        cells.add(Long.toString(row.receivedVnd()));
        cells.add(Long.toString(row.allocatedVnd()));
        cells.add(Long.toString(row.distributedVnd()));
        cells.add(row.households() == null ? "0" : row.households().toString());
        cells.add(Integer.toString(row.donorsPledged()));
        cells.add(Integer.toString(row.donorsReceived()));
        return CsvText.line(cells);
    }
}
