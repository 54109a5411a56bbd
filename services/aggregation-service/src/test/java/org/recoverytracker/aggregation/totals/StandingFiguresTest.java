package org.recoverytracker.aggregation.totals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.recoverytracker.aggregation.totals.FigureMother.DEAD;
import static org.recoverytracker.aggregation.totals.FigureMother.MISSING;
import static org.recoverytracker.aggregation.totals.FigureMother.figure;
import static org.recoverytracker.aggregation.totals.FigureMother.hours;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.damage.Source;

class StandingFiguresTest {

    @Test
    void laterReportSupersedesEarlierOneEvenWhenItArrivesFirst() {
        Map<String, Long> standing = standing(figure("01273", DEAD, 34, hours(6)), figure("01273", DEAD, 20, hours(1)));

        assertEquals(Map.of("01273/DR-P01/GOV", 34L), standing);
    }

    @Test
    void sameAsOfIsSettledBySubmissionTimeThenReportId() {
        UUID low = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID high = UUID.fromString("00000000-0000-0000-0000-000000000002");
        var submittedLater = figure(low, "01273", DEAD, Source.GOV, 5, hours(1), hours(3), false);
        var submittedEarlier = figure(high, "01273", DEAD, Source.GOV, 7, hours(1), hours(2), false);
        var sameSubmissionHigherId = figure(high, "01276", DEAD, Source.GOV, 9, hours(1), hours(2), false);
        var sameSubmissionLowerId = figure(low, "01276", DEAD, Source.GOV, 8, hours(1), hours(2), false);

        assertEquals(Map.of("01273/DR-P01/GOV", 5L, "01276/DR-P01/GOV", 9L),
                standing(submittedLater, submittedEarlier, sameSubmissionLowerId, sameSubmissionHigherId));
        assertEquals(Map.of("01273/DR-P01/GOV", 5L, "01276/DR-P01/GOV", 9L),
                standing(submittedEarlier, submittedLater, sameSubmissionHigherId, sameSubmissionLowerId));
    }

    @Test
    void indicatorLeftOutOfALaterReportKeepsItsLastValue() {
        Map<String, Long> standing = standing(
                figure("01273", DEAD, 2, hours(1)), figure("01273", MISSING, 5, hours(1)),
                figure("01273", DEAD, 3, hours(4)));

        assertEquals(Map.of("01273/DR-P01/GOV", 3L, "01273/DR-P02/GOV", 5L), standing);
    }

    @Test
    void rejectedReportStopsCountingAndThePreviousOneStandsAgain() {
        UUID rejected = UUID.randomUUID();
        Map<String, Long> standing = standing(
                figure("01273", DEAD, 2, hours(1)),
                figure(rejected, "01273", DEAD, Source.GOV, 40, hours(5), hours(5), true));

        assertEquals(Map.of("01273/DR-P01/GOV", 2L), standing);
    }

    @Test
    void sourcesAreKeptApart() {
        Map<String, Long> standing = standing(
                figure("01273", DEAD, 2, hours(1)),
                figure(UUID.randomUUID(), "01273", DEAD, Source.COMMUNITY, 4, hours(2), hours(2), false));

        assertEquals(Map.of("01273/DR-P01/GOV", 2L, "01273/DR-P01/COMMUNITY", 4L), standing);
    }

    private static Map<String, Long> standing(ReportedFigure... figures) {
        StandingFigures standing = new StandingFigures();
        List.of(figures).forEach(standing::add);
        Map<String, Long> result = new HashMap<>();
        for (ReportedFigure figure : standing.standing()) {
            result.put(figure.areaCode() + "/" + figure.series().indicator() + "/" + figure.series().source(),
                    figure.value().longValueExact());
        }
        return result;
    }
}
