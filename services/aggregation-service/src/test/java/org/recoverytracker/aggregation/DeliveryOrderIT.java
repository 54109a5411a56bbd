package org.recoverytracker.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.recoverytracker.aggregation.DamageEventMother.HOANG_TUNG;
import static org.recoverytracker.aggregation.DamageEventMother.HOA_AN;
import static org.recoverytracker.aggregation.DamageEventMother.HOP_GIANG;
import static org.recoverytracker.aggregation.DamageEventMother.NGUYEN_HUE;
import static org.recoverytracker.aggregation.DamageEventMother.PROVINCE;
import static org.recoverytracker.aggregation.DamageEventMother.CITY;
import static org.recoverytracker.aggregation.DamageEventMother.declared;
import static org.recoverytracker.aggregation.DamageEventMother.hoursAfterMorning;
import static org.recoverytracker.aggregation.DamageEventMother.newDisaster;
import static org.recoverytracker.aggregation.TotalsApi.number;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.damage.DamageEvent;
import org.recoverytracker.contracts.damage.DamageReportAmended;
import org.recoverytracker.contracts.damage.DamageReportRejected;
import org.recoverytracker.contracts.damage.DamageReportSubmitted;
import org.recoverytracker.contracts.damage.DamageReportVerified;
import org.recoverytracker.contracts.damage.Source;

/**
 * Issue 9, as a model: the damage service's relay could put a report's events on the topic out of version order (a
 * batch that failed after some of its records landed was published again whole, so those records came twice, the first
 * time ahead of earlier versions); the relay no longer does, but the totals must not depend on it. Random report histories are delivered that way, and every figure of every area must equal
 * what the histories say when replayed in order: the latest content of each report, not counted when its latest event
 * is a rejection, the latest report by asOf standing per (area, source, indicator), communes summed upwards.
 */
@MicronautTest(transactional = false)
class DeliveryOrderIT extends RunningServiceIT {
    private static final List<String> HOA_AN_COMMUNES = List.of("01654", "01657", "01660", "01666", "01669", "01672",
            "01675", "01687", HOANG_TUNG, NGUYEN_HUE, "01702", "01708", "01711", "01714", "01723");
    private static final List<Source> SOURCES = List.of(Source.GOV, Source.ORG, Source.COMMUNITY);
    private static final List<String> INDICATORS = List.of("DR-P01", "DR-P02", "DR-H02");
    private static final int REPORTS = 60;

    @Test
    void totalsDoNotDependOnTheOrderAReportsEventsArriveIn() {
        long seed = RelayedDelivery.seed();
        Random random = new Random(seed);
        String disaster = newDisaster("order");
        List<List<DamageEvent>> histories = new ArrayList<>();
        List<Integer> hours = new ArrayList<>();
        for (int hour = 0; hour < REPORTS; hour++) {
            hours.add(hour);
        }
        Collections.shuffle(hours, random);
        topic.publish(declared(disaster));
        for (int i = 0; i < REPORTS; i++) {
            List<DamageEvent> history = history(random, disaster, hours.get(i));
            histories.add(history);
            topic.publish(RelayedDelivery.asRelayed(random, history).toArray(DamageEvent[]::new));
        }
        awaitConsumed(Topics.DAMAGE_REPORTS);

        Map<String, Map<String, BigDecimal>> expected = expected(histories);
        Map<String, Map<String, BigDecimal>> actual = new LinkedHashMap<>();
        expected.keySet().forEach(area -> actual.put(area, figures(api.totals("disaster=" + disaster + "&area=" + area))));
        assertEquals(expected, actual, "-Drecovery.delivery-order.seed=" + seed + " replays this run");
    }

    /** A report's life as the damage service records it: submitted, amended (at times into another commune), decided. */
    private static List<DamageEvent> history(Random random, String disaster, int hour) {
        List<DamageEvent> events = new ArrayList<>();
        DamageReportSubmitted submitted = DamageEventMother.submitted(disaster, area(random), hoursAfterMorning(hour),
                SOURCES.get(random.nextInt(SOURCES.size())), figures(random));
        events.add(submitted);
        int amendments = random.nextInt(3);
        for (int i = 0; i < amendments; i++) {
            events.add(amendment(random, submitted, events.size() + 1));
        }
        double decision = random.nextDouble();
        if (decision < 0.4) {
            events.add(DamageEventMother.verified(submitted, events.size() + 1));
        } else if (decision < 0.7) {
            events.add(DamageEventMother.rejected(submitted, events.size() + 1));
            if (random.nextBoolean()) {
                events.add(amendment(random, submitted, events.size() + 1));
            }
        }
        return events;
    }

    private static DamageReportAmended amendment(Random random, DamageReportSubmitted submitted, int version) {
        return DamageEventMother.amended(submitted, version, area(random), figures(random));
    }

    private static String area(Random random) {
        return random.nextInt(5) == 0 ? HOP_GIANG : HOA_AN_COMMUNES.get(random.nextInt(HOA_AN_COMMUNES.size()));
    }

    private static Map<String, Integer> figures(Random random) {
        Map<String, Integer> figures = new HashMap<>();
        for (String indicator : INDICATORS) {
            if (random.nextInt(3) > 0) {
                figures.put(indicator, random.nextInt(50));
            }
        }
        if (figures.isEmpty()) {
            figures.put(INDICATORS.getFirst(), random.nextInt(50));
        }
        return figures;
    }

    /** The model: each history replayed in order, then DESIGN §5 for these areas (no district reports, so sums above). */
    private static Map<String, Map<String, BigDecimal>> expected(List<List<DamageEvent>> histories) {
        Map<String, Map<String, Standing>> standing = new HashMap<>();
        for (List<DamageEvent> history : histories) {
            DamageReportSubmitted submitted = (DamageReportSubmitted) history.getFirst();
            String where = submitted.areaCode();
            Map<String, BigDecimal> figures = submitted.figures();
            boolean rejected = false;
            for (DamageEvent event : history) {
                switch (event) {
                    case DamageReportAmended amended -> {
                        where = amended.areaCode();
                        figures = amended.figures();
                        rejected = false;
                    }
                    case DamageReportRejected ignored -> rejected = true;
                    case DamageReportVerified ignored -> rejected = false;
                    default -> { }
                }
            }
            if (rejected) {
                continue;
            }
            String area = where;
            figures.forEach((indicator, value) -> standing.computeIfAbsent(area, a -> new HashMap<>())
                    .merge(indicator + "/" + submitted.source(), new Standing(submitted, value),
                            (held, offered) -> offered.isLaterThan(held) ? offered : held));
        }
        Map<String, Map<String, BigDecimal>> expected = new LinkedHashMap<>();
        List<String> communes = new ArrayList<>(HOA_AN_COMMUNES);
        communes.add(HOP_GIANG);
        for (String commune : communes) {
            Map<String, BigDecimal> values = new TreeMap<>();
            standing.getOrDefault(commune, Map.of()).forEach((series, figure) -> values.put(series, figure.value()));
            expected.put(commune, values);
        }
        expected.put(HOA_AN, sum(HOA_AN_COMMUNES.stream().map(expected::get).toList()));
        expected.put(CITY, expected.get(HOP_GIANG));
        expected.put(PROVINCE, sum(List.of(expected.get(HOA_AN), expected.get(CITY))));
        return expected;
    }

    private static Map<String, BigDecimal> sum(List<Map<String, BigDecimal>> parts) {
        Map<String, BigDecimal> total = new TreeMap<>();
        parts.forEach(part -> part.forEach((series, value) -> total.merge(series, value, BigDecimal::add)));
        return total;
    }

    /** The headline values of an area's totals answer, by "indicator/source". */
    private static Map<String, BigDecimal> figures(JsonNode totals) {
        Map<String, BigDecimal> values = new TreeMap<>();
        for (JsonNode figure : totals.get("figures").values()) {
            values.put(figure.get("indicator").getStringValue() + "/" + figure.get("source").getStringValue(),
                    number(figure.get("value")));
        }
        return values;
    }

    /** A report's figure for one series with what decides whether it stands: asOf, then submission time, then id. */
    private record Standing(DamageReportSubmitted report, BigDecimal value) {
        boolean isLaterThan(Standing other) {
            int byAsOf = report.asOf().compareTo(other.report.asOf());
            if (byAsOf != 0) {
                return byAsOf > 0;
            }
            int bySubmission = report.submittedAt().compareTo(other.report.submittedAt());
            return bySubmission != 0 ? bySubmission > 0 : report.reportId().compareTo(other.report.reportId()) > 0;
        }
    }
}
