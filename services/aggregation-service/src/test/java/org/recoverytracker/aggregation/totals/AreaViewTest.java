package org.recoverytracker.aggregation.totals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recoverytracker.aggregation.totals.FigureMother.DEAD;
import static org.recoverytracker.aggregation.totals.FigureMother.TWO_TIER;
import static org.recoverytracker.aggregation.totals.FigureMother.figure;
import static org.recoverytracker.aggregation.totals.FigureMother.gov;
import static org.recoverytracker.aggregation.totals.FigureMother.hours;
import static org.recoverytracker.aggregation.totals.FigureMother.inVersion;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoverytracker.contracts.area.Gazetteer;

/** Carrying figures across Cao Bằng's 2025 reform: Sông Hiến (01267) and Hợp Giang (01273) became Thục Phán (01273). */
class AreaViewTest {
    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();

    private final AreaView twoTier = new AreaView(GAZETTEER, GAZETTEER.versionAt(TWO_TIER).orElseThrow());
    private final AreaView threeTier = new AreaView(GAZETTEER, GAZETTEER.versionAt(LocalDate.parse("2024-09-12")).orElseThrow());

    @Test
    void communesMergedWholeAddUpInTheNewCommune() {
        AreaView.Placement placement = twoTier.place(List.of(
                figure("01267", DEAD, 3, hours(1)), figure("01273", DEAD, 4, hours(2))));

        assertEquals(new Reported(new BigDecimal(7), hours(2)), placement.own().get("01273").get(gov(DEAD)));
        assertTrue(placement.unplaced().isEmpty());
    }

    @Test
    void newCommunesOwnLaterReportStandsOverFiguresCarriedFromItsOldCommunes() {
        AreaView.Placement placement = twoTier.place(List.of(
                figure("01267", DEAD, 3, hours(1)),
                inVersion(figure("01273", DEAD, 10, hours(9)), TWO_TIER)));

        assertEquals(new Reported(BigDecimal.TEN, hours(9)), placement.own().get("01273").get(gov(DEAD)));
    }

    @Test
    void districtFigureHasNoAreaOnceDistrictsAreAbolishedAndIsFlagged() {
        AreaView.Placement placement = twoTier.place(List.of(figure("040", DEAD, 5, hours(1))));

        assertTrue(placement.own().isEmpty());
        Unplaced unplaced = placement.unplaced().getFirst();
        assertEquals("LEVEL_ABOLISHED", unplaced.reason());
        assertEquals("04", unplaced.withinCode());
    }

    @Test
    void communeSplitBetweenTwoNewOnesIsFlaggedNotGuessed(@TempDir Path dir) throws IOException {
        Path threeTier = Files.writeString(dir.resolve("old.csv"), """
                province_code,province_name,district_code,district_name,district_type,commune_code,commune_name,commune_type
                99,Thử,991,Một,Huyện,99101,A,Xã
                99,Thử,991,Một,Huyện,99102,B,Xã
                """);
        Path twoTier = Files.writeString(dir.resolve("new.csv"), """
                province_code,province_name,commune_code,commune_name,commune_type,valid_from
                99,Thử,99201,X,Xã,2025-07-01
                99,Thử,99202,Y,Xã,2025-07-01
                """);
        Path lineage = Files.writeString(dir.resolve("lineage.csv"), """
                old_commune_code,new_commune_code,merge_type
                99101,99201,partial
                99101,99202,partial
                99102,99202,full
                """);
        Gazetteer split = Gazetteer.load(threeTier, LocalDate.parse("2020-03-01"), twoTier, lineage);
        AreaView view = new AreaView(split, split.versionAt(TWO_TIER).orElseThrow());

        AreaView.Placement placement = view.place(List.of(figure("99101", DEAD, 4, hours(1)), figure("99102", DEAD, 1, hours(1))));

        assertEquals(new Reported(BigDecimal.ONE, hours(1)), placement.own().get("99202").get(gov(DEAD)));
        Unplaced unplaced = placement.unplaced().getFirst();
        assertEquals("99101", unplaced.areaCode());
        assertEquals("SPLIT", unplaced.reason());
        assertEquals("99", unplaced.withinCode());
    }

    @Test
    void figuresReportedInTheViewedVersionKeepTheirArea() {
        AreaView.Placement placement = threeTier.place(List.of(figure("040", DEAD, 5, hours(1))));

        assertEquals(new Reported(new BigDecimal(5), hours(1)), placement.own().get("040").get(gov(DEAD)));
        assertEquals(List.of("01267", "01270", "01273"), threeTier.childCodes("040").subList(0, 3));
    }
}
