package org.recoverytracker.aggregation.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoverytracker.aggregation.exports.DamageCsvTest.records;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverytracker.aggregation.aid.AidTable;
import org.recoverytracker.aggregation.rebuild.RebuildTable;
import org.recoverytracker.contracts.area.Area;
import org.recoverytracker.contracts.area.BoundaryVersion;
import org.recoverytracker.contracts.area.Gazetteer;

/** The aid and rebuilding CSVs without a service: every column tagged, each area in its level's columns. */
class FundingCsvTest {
    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
    private static final BoundaryVersion THREE_TIER = GAZETTEER.versions().getFirst();
    private static final Instant AS_OF = Instant.parse("2025-02-20T00:00:00Z");

    private static Area area(String code) {
        return GAZETTEER.area(code, THREE_TIER).orElseThrow();
    }

    @Test
    void aidHashtagRowTagsEveryColumnAndAWardSitsUnderItsCityAndProvince() {
        AidCsv csv = new AidCsv(3);
        List<List<String>> head = records(csv.head());
        List<String> row = records(csv.row(new AidTable.Row(area("01267"), List.of(area("04"), area("040")),
                500_000_000L, 300_000_000L, 200_000_000L, 100_000_000L, 40, 2, 1))).getFirst();

        assertThat(head.get(1)).hasSameSizeAs(head.get(0)).doesNotContain("").allMatch(tag -> tag.startsWith("#"));
        assertThat(row).hasSameSizeAs(head.get(0));
        assertThat(row.subList(0, 6)).containsExactly("04", "Tỉnh Cao Bằng", "040", "Thành phố Cao Bằng", "01267", "Phường Sông Hiến");
        assertThat(row.get(head.get(0).indexOf("received_vnd"))).isEqualTo("300000000");
        assertThat(row.get(head.get(0).indexOf("households_reached"))).isEqualTo("40");
    }

    @Test
    void rebuildWritesTheAreasAllRowFirstAndLeavesFundingAndTargetsOffSectorRows() {
        RebuildCsv csv = new RebuildCsv(3);
        RebuildTable table = new RebuildTable("2024-yagi", AS_OF, "2020-03-01", List.of());
        RebuildTable.SectorRow housing = new RebuildTable.SectorRow("HOUSING", 3, 1, new BigDecimal("33.3"),
                30_000_000_000L, 9_000_000_000L, new BigDecimal("30.0"));
        RebuildTable.SectorRow all = new RebuildTable.SectorRow("ALL", 3, 1, new BigDecimal("33.3"),
                30_000_000_000L, 9_000_000_000L, new BigDecimal("30.0"));
        List<String> header = records(csv.head()).getFirst();

        List<List<String>> rows = records(csv.rows(table, new RebuildTable.Row(area("040"), List.of(area("04")), all,
                List.of(housing), 4_000_000_000L, 26_000_000_000L, 4, 2, 1, 1)));

        assertThat(records(csv.head()).get(1)).hasSameSizeAs(header).contains("#sector+code", "#value+funding+gap+vnd");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get(header.indexOf("sector"))).isEqualTo("ALL");
        assertThat(rows.get(0).get(header.indexOf("gap_vnd"))).isEqualTo("26000000000");
        assertThat(rows.get(0).get(header.indexOf("targets_off_track"))).isEqualTo("1");
        assertThat(rows.get(0).get(header.indexOf("percent_disbursed"))).isEqualTo("30");
        assertThat(rows.get(1).get(header.indexOf("sector"))).isEqualTo("HOUSING");
        assertThat(rows.get(1).get(header.indexOf("gap_vnd"))).isEmpty();
        assertThat(rows.get(1).get(header.indexOf("adm3_code"))).as("a district leaves the commune columns empty").isEmpty();
    }
}
