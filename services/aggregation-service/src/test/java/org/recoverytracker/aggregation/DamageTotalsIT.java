package org.recoverytracker.aggregation;

import static org.recoverytracker.aggregation.Eventually.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recoverytracker.aggregation.DamageEventMother.DEAD;
import static org.recoverytracker.aggregation.DamageEventMother.HOANG_TUNG;
import static org.recoverytracker.aggregation.DamageEventMother.HOA_AN;
import static org.recoverytracker.aggregation.DamageEventMother.HOP_GIANG;
import static org.recoverytracker.aggregation.DamageEventMother.MISSING;
import static org.recoverytracker.aggregation.DamageEventMother.NGUYEN_HUE;
import static org.recoverytracker.aggregation.DamageEventMother.amended;
import static org.recoverytracker.aggregation.DamageEventMother.declared;
import static org.recoverytracker.aggregation.DamageEventMother.hoursAfterMorning;
import static org.recoverytracker.aggregation.DamageEventMother.newDisaster;
import static org.recoverytracker.aggregation.DamageEventMother.rejected;
import static org.recoverytracker.aggregation.DamageEventMother.submitted;
import static org.recoverytracker.aggregation.DamageEventMother.verified;
import static org.recoverytracker.aggregation.TotalsApi.child;
import static org.recoverytracker.aggregation.TotalsApi.figure;
import static org.recoverytracker.aggregation.TotalsApi.number;
import static org.recoverytracker.aggregation.TotalsApi.value;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.damage.DamageReportSubmitted;
import org.recoverytracker.contracts.damage.DamageReportVerified;
import org.recoverytracker.contracts.damage.Source;
import org.recoverytracker.contracts.event.DomainEvent;

/** What a coordinator reads from the totals API after reports reach the real topic. */
@MicronautTest(transactional = false)
class DamageTotalsIT extends RunningServiceIT {
    @Inject
    MeterRegistry meters;

    @Test
    void sameReportDeliveredTwiceCountsOnce() {
        String disaster = newDisaster("twice");
        DamageReportSubmitted report = submitted(disaster, HOANG_TUNG, hoursAfterMorning(1), Map.of(DEAD, 3));
        double duplicatesBefore = duplicates();
        topic.publish(declared(disaster), report, report);

        await(PATIENCE).until(() -> duplicates() > duplicatesBefore);
        JsonNode district = api.totals("disaster=" + disaster + "&area=" + HOA_AN);
        assertEquals(new BigDecimal(3), value(district.get("figures"), DEAD));
    }

    @Test
    void reportSyncedLateWithAnOlderAsOfDoesNotOverrideANewerOne() {
        String disaster = newDisaster("late");
        topic.publish(declared(disaster), submitted(disaster, HOANG_TUNG, hoursAfterMorning(6), Map.of(DEAD, 10)));
        awaitValue(disaster, HOANG_TUNG, "", new BigDecimal(10));

        topic.publish(submitted(disaster, HOANG_TUNG, hoursAfterMorning(2), Map.of(DEAD, 4)));
        awaitValue(disaster, HOANG_TUNG, "&asOf=" + hoursAfterMorning(3), new BigDecimal(4));

        assertEquals(new BigDecimal(10), value(api.totals("disaster=" + disaster + "&area=" + HOANG_TUNG).get("figures"), DEAD));
    }

    @Test
    void missingPersonFoundDeadMovesBetweenTheFiguresWithoutChangingTheirSum() {
        String disaster = newDisaster("found");
        DamageReportSubmitted report = submitted(disaster, HOANG_TUNG, hoursAfterMorning(1), Map.of(DEAD, 2, MISSING, 3));
        topic.publish(declared(disaster), report);
        awaitValue(disaster, HOA_AN, "", new BigDecimal(2));

        topic.publish(amended(report, 2, Map.of(DEAD, 3, MISSING, 2)));
        awaitValue(disaster, HOA_AN, "", new BigDecimal(3));

        for (String area : new String[] {HOANG_TUNG, HOA_AN, "04"}) {
            JsonNode figures = api.totals("disaster=" + disaster + "&area=" + area).get("figures");
            assertEquals(new BigDecimal(2), value(figures, MISSING), area);
            assertEquals(new BigDecimal(5), value(figures, DEAD).add(value(figures, MISSING)), area);
        }
    }

    @Test
    void rejectedReportStopsCountingAndThePreviousOneStandsAgain() {
        String disaster = newDisaster("rejected");
        DamageReportSubmitted first = submitted(disaster, HOANG_TUNG, hoursAfterMorning(1), Map.of(DEAD, 2));
        DamageReportSubmitted second = submitted(disaster, HOANG_TUNG, hoursAfterMorning(3), Map.of(DEAD, 7));
        topic.publish(declared(disaster), first, second);
        awaitValue(disaster, HOA_AN, "", new BigDecimal(7));

        topic.publish(rejected(second, 2));

        awaitValue(disaster, HOA_AN, "", new BigDecimal(2));
    }

    /**
     * Issue 9: a relay batch whose publishing failed after its later records had landed is published again whole, so a
     * coordinator's verification (version 3) can reach the topic before the amendment it was taken on (version 2). The
     * amendment, which moved the report to another commune, must still count there.
     */
    @Test
    void amendmentCountsEvenWhenTheDecisionTakenOnItArrivesFirst() {
        String disaster = newDisaster("decided-first");
        DamageReportSubmitted report = submitted(disaster, HOANG_TUNG, hoursAfterMorning(1), Source.ORG, Map.of(DEAD, 2));
        DamageReportVerified verification = verified(report, 3);
        topic.publish(declared(disaster), report, verification, amended(report, 2, NGUYEN_HUE, Map.of(DEAD, 5)), verification);

        await(PATIENCE).untilAsserted(() -> assertEquals(Optional.of(new BigDecimal(5)),
                orgDead(api.totals("disaster=" + disaster + "&area=" + NGUYEN_HUE))));
        assertEquals(Optional.empty(), orgDead(api.totals("disaster=" + disaster + "&area=" + HOANG_TUNG)));
    }

    @Test
    void communeReportsRollUpToDistrictAndProvince() {
        String disaster = newDisaster("rollup");
        topic.publish(declared(disaster),
                submitted(disaster, HOANG_TUNG, hoursAfterMorning(1), Map.of(DEAD, 3)),
                submitted(disaster, NGUYEN_HUE, hoursAfterMorning(2), Map.of(DEAD, 4)),
                submitted(disaster, HOP_GIANG, hoursAfterMorning(1), Map.of(DEAD, 1)));
        awaitValue(disaster, "04", "", new BigDecimal(8));

        JsonNode province = api.totals("disaster=" + disaster);
        assertEquals("04", province.get("area").get("code").getStringValue());
        assertEquals("PROVINCE", province.get("area").get("level").getStringValue());
        JsonNode provinceDead = figure(province.get("figures"), DEAD, "GOV").orElseThrow();
        assertTrue(provinceDead.get("reported").isNull());
        assertEquals(new BigDecimal(8), number(provinceDead.get("childrenSum")));
        assertEquals(hoursAfterMorning(2).toString(), provinceDead.get("childrenAsOf").getStringValue());
        assertEquals(new BigDecimal(7), value(child(province, HOA_AN).get("figures"), DEAD));
        assertEquals(new BigDecimal(1), value(child(province, "040").get("figures"), DEAD));

        JsonNode district = api.totals("disaster=" + disaster + "&area=" + HOA_AN);
        assertEquals("Huyện Hoà An", district.get("area").get("name").getStringValue());
        assertEquals(new BigDecimal(3), value(child(district, HOANG_TUNG).get("figures"), DEAD));
        assertEquals(0, child(district, "01654").get("figures").size());
    }

    @Test
    void districtsOwnReportWinsOverItsCommunesAndTheDifferenceIsFlagged() {
        String disaster = newDisaster("discrepancy");
        topic.publish(declared(disaster),
                submitted(disaster, HOANG_TUNG, hoursAfterMorning(1), Map.of(DEAD, 20)),
                submitted(disaster, NGUYEN_HUE, hoursAfterMorning(2), Map.of(DEAD, 21)),
                submitted(disaster, HOA_AN, hoursAfterMorning(1), Map.of(DEAD, 43)));
        await(PATIENCE).untilAsserted(() -> {
            JsonNode dead = figure(api.totals("disaster=" + disaster + "&area=" + HOA_AN).get("figures"), DEAD, "GOV").orElseThrow();
            assertEquals(new BigDecimal(41), number(dead.get("childrenSum")));
            assertEquals(new BigDecimal(43), number(dead.get("value")));
            assertEquals(new BigDecimal(43), number(dead.get("reported")));
            assertTrue(dead.get("discrepancy").getBooleanValue());
        });
        assertEquals(new BigDecimal(43), value(api.totals("disaster=" + disaster).get("figures"), DEAD));
    }

    @Test
    void asOfQueryReturnsTheStateAtThatTime() {
        String disaster = newDisaster("asof");
        topic.publish(declared(disaster),
                submitted(disaster, HOANG_TUNG, hoursAfterMorning(1), Map.of(DEAD, 2)),
                submitted(disaster, HOANG_TUNG, hoursAfterMorning(5), Map.of(DEAD, 6)));
        awaitValue(disaster, HOA_AN, "", new BigDecimal(6));

        JsonNode past = api.totals("disaster=" + disaster + "&area=" + HOA_AN + "&asOf=" + hoursAfterMorning(3));
        JsonNode before = api.totals("disaster=" + disaster + "&area=" + HOA_AN + "&asOf=2024-09-12T07:30:00%2B07:00");

        assertEquals(new BigDecimal(2), value(past.get("figures"), DEAD));
        assertEquals(hoursAfterMorning(3).toString(), past.get("asOf").getStringValue());
        assertEquals(0, before.get("figures").size());
    }

    @Test
    void sourcesAreKeptApart() {
        String disaster = newDisaster("sources");
        topic.publish(declared(disaster),
                submitted(disaster, HOANG_TUNG, hoursAfterMorning(1), Source.GOV, Map.of(DEAD, 3)),
                submitted(disaster, HOANG_TUNG, hoursAfterMorning(2), Source.COMMUNITY, Map.of(DEAD, 5)));
        await(PATIENCE).untilAsserted(() ->
                assertEquals(2, api.totals("disaster=" + disaster + "&area=" + HOA_AN).get("figures").size()));

        JsonNode figures = api.totals("disaster=" + disaster + "&area=" + HOA_AN).get("figures");
        assertEquals(new BigDecimal(3), number(figure(figures, DEAD, "GOV").orElseThrow().get("value")));
        assertEquals(new BigDecimal(5), number(figure(figures, DEAD, "COMMUNITY").orElseThrow().get("value")));
        JsonNode community = api.totals("disaster=" + disaster + "&area=" + HOA_AN + "&source=COMMUNITY").get("figures");
        assertEquals(1, community.size());
        assertFalse(figure(community, DEAD, "GOV").isPresent());
    }

    @Test
    void historyGivesTheHeadlineAtTheEndOfEachDay() {
        String disaster = newDisaster("history");
        topic.publish(declared(disaster),
                submitted(disaster, HOANG_TUNG, hoursAfterMorning(1), Map.of(DEAD, 2)),
                submitted(disaster, NGUYEN_HUE, hoursAfterMorning(26), Map.of(DEAD, 3)));
        awaitValue(disaster, HOA_AN, "", new BigDecimal(5));

        JsonNode history = api.history("disaster=" + disaster + "&area=" + HOA_AN + "&indicator=" + DEAD + "&bucket=day");

        JsonNode points = history.get("series").get(0).get("points");
        assertEquals("GOV", history.get("series").get(0).get("source").getStringValue());
        assertEquals(2, points.size());
        assertEquals("2024-09-12T17:00:00Z", points.get(0).get("at").getStringValue());
        assertEquals(new BigDecimal(2), number(points.get(0).get("value")));
        assertEquals("2024-09-13T17:00:00Z", points.get(1).get("at").getStringValue());
        assertEquals(new BigDecimal(5), number(points.get(1).get("value")));
    }

    /**
     * A day without reports carries the last figures forward, a rejected report never stands, each source is a series
     * of its own, and a series of more reports than one page of rows read (the history streams them) ends on the last.
     */
    @Test
    void historyCarriesFiguresOverQuietDaysLeavesRejectedOutAndReadsEveryPageOfReports() {
        String disaster = newDisaster("history-long");
        DamageReportSubmitted later = submitted(disaster, HOANG_TUNG, hoursAfterMorning(49), Map.of(DEAD, 7));
        List<DomainEvent> events = new ArrayList<>(List.of(declared(disaster),
                submitted(disaster, HOANG_TUNG, hoursAfterMorning(1), Map.of(DEAD, 2)),
                submitted(disaster, HOANG_TUNG, hoursAfterMorning(2), Source.ORG, Map.of(DEAD, 9)),
                later, rejected(later, 2)));
        int reports = 2_500;
        for (int i = 0; i < reports; i++) {
            events.add(submitted(disaster, NGUYEN_HUE, hoursAfterMorning(50).plusSeconds(i), Map.of(DEAD, i % 10)));
        }
        topic.publish(events.toArray(DomainEvent[]::new));
        awaitValue(disaster, HOA_AN, "", new BigDecimal(2 + (reports - 1) % 10));

        JsonNode history = api.history("disaster=" + disaster + "&area=" + HOA_AN + "&indicator=" + DEAD + "&bucket=day");

        JsonNode gov = history.get("series").get(0);
        JsonNode org = history.get("series").get(1);
        assertEquals("GOV", gov.get("source").getStringValue());
        assertEquals("ORG", org.get("source").getStringValue());
        List<String> days = List.of("2024-09-12T17:00:00Z", "2024-09-13T17:00:00Z", "2024-09-14T17:00:00Z");
        for (JsonNode series : List.of(gov, org)) {
            assertEquals(days.size(), series.get("points").size());
            for (int day = 0; day < days.size(); day++) {
                assertEquals(days.get(day), series.get("points").get(day).get("at").getStringValue());
            }
        }
        assertEquals(new BigDecimal(2), number(gov.get("points").get(0).get("value")));
        assertEquals(new BigDecimal(2), number(gov.get("points").get(1).get("value")), "a quiet day carries forward");
        assertEquals(new BigDecimal(2 + (reports - 1) % 10), number(gov.get("points").get(2).get("value")),
                "the rejected 7 left out, the last of the many reports of the other commune counted");
        for (int day = 0; day < days.size(); day++) {
            assertEquals(new BigDecimal(9), number(org.get("points").get(day).get("value")));
        }
    }

    @Test
    void askedInTheBoundariesAfterTheReformOldCommunesMergedWholeAddUpAndAbolishedDistrictsAreFlagged() {
        String disaster = newDisaster("reform");
        topic.publish(declared(disaster),
                submitted(disaster, "01267", hoursAfterMorning(1), Map.of(DEAD, 2)),
                submitted(disaster, HOP_GIANG, hoursAfterMorning(2), Map.of(DEAD, 3)),
                submitted(disaster, HOA_AN, hoursAfterMorning(3), Map.of(DEAD, 11)));
        awaitValue(disaster, "04", "", new BigDecimal(16));

        JsonNode reformed = api.totals("disaster=" + disaster + "&boundaries=2025-07-01");

        assertEquals("2025-07-01", reformed.get("boundaries").getStringValue());
        assertEquals("Phường Thục Phán", child(reformed, HOP_GIANG).get("name").getStringValue());
        assertEquals(new BigDecimal(5), value(child(reformed, HOP_GIANG).get("figures"), DEAD));
        assertEquals(new BigDecimal(5), value(reformed.get("figures"), DEAD));
        JsonNode unplaced = reformed.get("unplaced").get(0);
        assertEquals(HOA_AN, unplaced.get("areaCode").getStringValue());
        assertEquals("LEVEL_ABOLISHED", unplaced.get("reason").getStringValue());
        assertEquals(new BigDecimal(11), number(unplaced.get("value")));
    }

    @Test
    void badQueriesAreAnsweredWithProblemsNamingTheParameter() {
        String disaster = newDisaster("bad");
        topic.publish(declared(disaster));
        await(PATIENCE).until(() -> api.totals("disaster=" + disaster).get("figures").size() == 0);

        assertProblem(api.failure("/api/v1/totals/damage"), 400, "disaster");
        assertProblem(api.failure("/api/v1/totals/damage?disaster=" + disaster + "&asOf=yesterday"), 400, "asOf");
        assertProblem(api.failure("/api/v1/totals/damage?disaster=" + disaster + "&source=NGO"), 400, "source");
        assertProblem(api.failure("/api/v1/totals/damage?disaster=" + disaster + "&area=99999"), 404, "area");
        assertProblem(api.failure("/api/v1/totals/damage?disaster=never-declared"), 404, "disaster");
        assertProblem(api.failure("/api/v1/totals/damage?disaster=" + disaster + "&boundaries=2019-01-01"), 400, "boundaries");
        assertProblem(api.failure("/api/v1/totals/damage/history?disaster=" + disaster), 400, "indicator");
        assertProblem(api.failure("/api/v1/totals/damage/history?disaster=" + disaster + "&indicator=DR-P01&bucket=week"),
                400, "bucket");
    }

    private static void assertProblem(TotalsApi.Failure failure, int status, String parameter) {
        assertEquals(status, failure.status());
        assertEquals("application/problem+json", failure.contentType());
        assertEquals(parameter, failure.body().get("invalid-params").get(0).get("name").getStringValue());
    }

    private void awaitValue(String disaster, String area, String extraQuery, BigDecimal expected) {
        await(PATIENCE).untilAsserted(() -> assertEquals(expected,
                value(api.totals("disaster=" + disaster + "&area=" + area + extraQuery).get("figures"), DEAD)));
    }

    private static Optional<BigDecimal> orgDead(JsonNode totals) {
        return figure(totals.get("figures"), DEAD, "ORG").map(f -> number(f.get("value")));
    }

    private double duplicates() {
        return meters.find("aggregation.events").tag("outcome", "duplicate").counters().stream()
                .mapToDouble(counter -> counter.count()).sum();
    }
}
