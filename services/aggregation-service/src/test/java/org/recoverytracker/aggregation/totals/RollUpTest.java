package org.recoverytracker.aggregation.totals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recoverytracker.aggregation.totals.FigureMother.DEAD;
import static org.recoverytracker.aggregation.totals.FigureMother.gov;
import static org.recoverytracker.aggregation.totals.FigureMother.hours;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.damage.Source;

/** A province P with districts D1 (communes C1, C2) and D2 (commune C3). */
class RollUpTest {
    private static final Map<String, List<String>> TREE = Map.of(
            "P", List.of("D1", "D2"), "D1", List.of("C1", "C2"), "D2", List.of("C3"));

    private final Map<String, Map<Series, Reported>> own = new HashMap<>();

    @Test
    void communeReportsRollUpToDistrictAndProvince() {
        report("C1", DEAD, 3, hours(1));
        report("C2", DEAD, 4, hours(2));
        report("C3", DEAD, 1, hours(3));

        Headline district = headline("D1", gov(DEAD));
        Headline province = headline("P", gov(DEAD));

        assertEquals(new BigDecimal(7), district.value());
        assertEquals(new BigDecimal(8), province.value());
        assertNull(province.reported());
        assertEquals(new BigDecimal(8), province.childrenSum());
        assertEquals(hours(3), province.childrenAsOf());
        assertFalse(province.discrepancy());
    }

    @Test
    void districtsOwnReportWinsOverItsCommunesAndTheDifferenceIsFlagged() {
        report("C1", DEAD, 20, hours(1));
        report("C2", DEAD, 21, hours(2));
        report("D1", DEAD, 43, hours(1));

        Headline district = headline("D1", gov(DEAD));

        assertEquals(new BigDecimal(43), district.value());
        assertEquals(new BigDecimal(43), district.reported());
        assertEquals(hours(1), district.reportedAsOf());
        assertEquals(new BigDecimal(41), district.childrenSum());
        assertEquals(hours(2), district.childrenAsOf());
        assertTrue(district.discrepancy());
        assertEquals(new BigDecimal(43), headline("P", gov(DEAD)).value());
    }

    @Test
    void ownReportThatAgreesWithItsChildrenIsNoDiscrepancy() {
        report("C1", DEAD, 20, hours(1));
        report("D1", DEAD, 20, hours(1));

        assertFalse(headline("D1", gov(DEAD)).discrepancy());
    }

    @Test
    void areaWithOnlyItsOwnReportHasNoChildrenSum() {
        report("D2", DEAD, 6, hours(1));

        Headline district = headline("D2", gov(DEAD));

        assertEquals(new BigDecimal(6), district.value());
        assertNull(district.childrenSum());
        assertNull(district.childrenAsOf());
        assertFalse(district.discrepancy());
    }

    @Test
    void sourcesAreNeverAddedTogether() {
        report("C1", DEAD, 3, hours(1));
        own.computeIfAbsent("C3", c -> new HashMap<>()).put(new Series(DEAD, Source.ORG), new Reported(BigDecimal.TEN, hours(1)));

        RollUp rollUp = new RollUp(code -> TREE.getOrDefault(code, List.of()), own);

        assertEquals(new BigDecimal(3), rollUp.headlines("P").get(gov(DEAD)).value());
        assertEquals(BigDecimal.TEN, rollUp.headlines("P").get(new Series(DEAD, Source.ORG)).value());
    }

    @Test
    void areaWithNothingReportedInOrBelowItHasNoFigures() {
        report("C1", DEAD, 3, hours(1));

        assertTrue(new RollUp(code -> TREE.getOrDefault(code, List.of()), own).headlines("D2").isEmpty());
    }

    private void report(String area, String indicator, long value, Instant asOf) {
        own.computeIfAbsent(area, a -> new HashMap<>()).put(gov(indicator), new Reported(BigDecimal.valueOf(value), asOf));
    }

    private Headline headline(String area, Series series) {
        return new RollUp(code -> TREE.getOrDefault(code, List.of()), own).headlines(area).get(series);
    }
}
