package org.recoverytracker.aggregation.totals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recoverytracker.aggregation.totals.FigureMother.DEAD;
import static org.recoverytracker.aggregation.totals.FigureMother.TWO_TIER;
import static org.recoverytracker.aggregation.totals.FigureMother.figure;
import static org.recoverytracker.aggregation.totals.FigureMother.gov;
import static org.recoverytracker.aggregation.totals.FigureMother.hours;
import static org.recoverytracker.aggregation.totals.FigureMother.inVersion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
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
    void figuresReportedInTheViewedVersionKeepTheirArea() {
        AreaView.Placement placement = threeTier.place(List.of(figure("040", DEAD, 5, hours(1))));

        assertEquals(new Reported(new BigDecimal(5), hours(1)), placement.own().get("040").get(gov(DEAD)));
        assertEquals(List.of("01267", "01270", "01273"), threeTier.childCodes("040").subList(0, 3));
    }
}
