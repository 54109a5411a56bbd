package org.recoverytracker.system.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.recoverytracker.system.reliability.ExpectedTotals.Figure;
import org.recoverytracker.system.reliability.ExpectedTotals.Series;

/** Every figure of every area, as the totals API answers it, against the figures expected from the damage records. */
final class TotalsCheck {
    /** After every report's asOf: the totals "now", made reproducible. */
    static final String AS_OF = "2025-01-01T00:00:00Z";

    private final Wire wire = new Wire(Duration.ofSeconds(30));
    private final AreaTree areas;
    private final String disasterId;

    TotalsCheck(AreaTree areas, String disasterId) {
        this.areas = areas;
        this.disasterId = disasterId;
    }

    /** Each area's totals answer, as JSON, from the aggregation behind {@code base}. */
    Map<String, JsonNode> fetchAll(Function<String, URI> base) {
        Map<String, JsonNode> answers = new HashMap<>();
        for (String area : areas.all()) {
            String path = "/api/v1/totals/damage?disaster=" + disasterId + "&area=" + area + "&asOf=" + AS_OF;
            Optional<Wire.Answer> answer = wire.send("GET", base.apply(path), null);
            if (answer.isEmpty() || answer.get().status() != 200) {
                throw new IllegalStateException("totals of " + area + ": " + answer.map(FieldApp::excerpt).orElse("no answer"));
            }
            answers.put(area, answer.get().json());
        }
        return answers;
    }

    /** One line per figure that differs; empty when every figure of every area is as expected. */
    List<String> mismatches(Map<String, Map<Series, Figure>> expected, Map<String, JsonNode> actual) {
        List<String> mismatches = new ArrayList<>();
        for (String area : areas.all()) {
            Map<Series, Figure> want = expected.getOrDefault(area, Map.of());
            Map<Series, JsonNode> got = new HashMap<>();
            for (JsonNode figure : actual.get(area).path("figures")) {
                got.put(new Series(figure.path("indicator").asText(), figure.path("source").asText()), figure);
            }
            TreeSet<Series> all = new TreeSet<>(want.keySet());
            all.addAll(got.keySet());
            for (Series series : all) {
                compare(area, series, want.get(series), got.get(series)).ifPresent(mismatches::add);
            }
        }
        return mismatches;
    }

    private static Optional<String> compare(String area, Series series, Figure want, JsonNode got) {
        String where = area + " " + series.indicator() + "/" + series.source() + ": ";
        if (want == null) {
            return Optional.of(where + "not expected, API has " + got);
        }
        if (got == null) {
            return Optional.of(where + "expected " + want + ", API has nothing");
        }
        Figure actual = new Figure(decimal(got.path("value")), decimal(got.path("reported")), instant(got.path("reportedAsOf")),
                decimal(got.path("childrenSum")), instant(got.path("childrenAsOf")), got.path("discrepancy").asBoolean());
        boolean same = sameNumber(want.value(), actual.value()) && sameNumber(want.reported(), actual.reported())
                && Objects.equals(want.reportedAsOf(), actual.reportedAsOf()) && sameNumber(want.childrenSum(), actual.childrenSum())
                && Objects.equals(want.childrenAsOf(), actual.childrenAsOf()) && want.discrepancy() == actual.discrepancy();
        return same ? Optional.empty() : Optional.of(where + "expected " + want + ", API has " + actual);
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.isTextual() ? new BigDecimal(node.asText()) : node.decimalValue();
    }

    private static Instant instant(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : OffsetDateTime.parse(node.asText()).toInstant();
    }
}
