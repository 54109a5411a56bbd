package org.recoverytracker.system.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.recoverytracker.testkit.RunningSystem;

/**
 * DESIGN §6, bad input: thousands of generated malformed requests to the two write endpoints a field app and a
 * coordinator use get a 4xx problem+json, never a 5xx, and store nothing; free text is stored as sent, byte for byte.
 * Tries per property: {@code jqwik.tries.default} (junit-platform.properties; raise it with -Djqwik.tries.default=N).
 */
class BadInputIT {
    private static final String DISASTER = "badinput-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Wire WIRE = new Wire(Duration.ofSeconds(30));

    @BeforeContainer
    static void declareTheDisaster() {
        Wire.Answer answer = send("POST", "/api/v1/disasters", Wire.bytes(disaster(DISASTER)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    @Example
    void theValidRequestsEveryMalformedOneStartsFromAreAccepted() {
        assertThat(send("PUT", "/api/v1/damage-reports/" + UUID.randomUUID(), Wire.bytes(report())).status()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/disasters", Wire.bytes(disaster(freshDisasterId()))).status()).isEqualTo(201);
    }

    @Property
    void malformedDamageReportsAreRefusedWithProblemDetailsAndNothingIsStored(@ForAll("malformedReports") Malformed request) {
        UUID id = UUID.randomUUID();
        Wire.Answer answer = send("PUT", "/api/v1/damage-reports/" + id, request.body());

        assertRefused(answer);
        assertThat(send("GET", "/api/v1/damage-reports/" + id, null).status()).as("stored after all").isEqualTo(404);
    }

    @Property
    void malformedDisasterDeclarationsAreRefusedWithProblemDetailsAndNothingIsStored(
            @ForAll("malformedDisasters") Malformed request) {
        String id = request.description().substring(0, request.description().indexOf('|'));
        Wire.Answer answer = send("POST", "/api/v1/disasters", request.body());

        assertRefused(answer);
        assertThat(send("GET", "/api/v1/disasters/" + id, null).status()).as("declared after all").isEqualTo(404);
    }

    @Property(tries = 200)
    void notesAreStoredVerbatimAndComeBackByteEqual(@ForAll("notes") String note) {
        UUID id = UUID.randomUUID();
        Map<String, Object> report = report();
        report.put("note", note);
        assertThat(send("PUT", "/api/v1/damage-reports/" + id, Wire.bytes(report)).status()).isEqualTo(201);

        Wire.Answer stored = send("GET", "/api/v1/damage-reports/" + id, null);
        assertThat(stored.json().findValue("note").textValue()).isEqualTo(note);
    }

    @Provide
    Arbitrary<Malformed> malformedReports() {
        Map<String, Object> valid = report();
        List<String> required = List.of("disasterId", "areaCode", "asOf", "source", "reportType", "figures");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Malformed.missing(valid, required)),
                net.jqwik.api.Tuple.of(4, Malformed.wrongType(valid, List.of("disasterId", "areaCode", "asOf", "source",
                        "reportType", "figures", "location", "note"))),
                net.jqwik.api.Tuple.of(4, Malformed.junkText(valid, List.of("disasterId", "areaCode", "asOf", "source", "reportType"))),
                net.jqwik.api.Tuple.of(5, badFigures(valid)),
                net.jqwik.api.Tuple.of(2, badAsOf(valid)),
                net.jqwik.api.Tuple.of(2, Malformed.unknownField(valid)),
                net.jqwik.api.Tuple.of(1, Malformed.deepNesting(valid, "figures")),
                net.jqwik.api.Tuple.of(1, Malformed.oversized(valid, "note", 2000)),
                net.jqwik.api.Tuple.of(2, Malformed.invalidUtf8(valid, "note")),
                net.jqwik.api.Tuple.of(2, Malformed.notAnObject(valid)));
    }

    @Provide
    Arbitrary<Malformed> malformedDisasters() {
        return Arbitraries.create(BadInputIT::freshDisasterId).flatMap(id -> {
            Map<String, Object> valid = disaster(id);
            List<String> fields = List.of("id", "nameVi", "nameEn", "hazards", "startDate", "provinces");
            return Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(3, Malformed.missing(valid, fields)),
                    net.jqwik.api.Tuple.of(3, Malformed.wrongType(valid, List.of("id", "nameVi", "nameEn", "startDate"))),
                    net.jqwik.api.Tuple.of(3, Malformed.junkText(valid, List.of("startDate"))),
                    net.jqwik.api.Tuple.of(3, Arbitraries.of(Malformed.INJECTIONS).map(bad -> {
                        Map<String, Object> body = new LinkedHashMap<>(valid);
                        body.put("provinces", List.of(bad));
                        return Malformed.json("province " + bad, body);
                    })),
                    net.jqwik.api.Tuple.of(2, Arbitraries.of(List.of(), List.of(""), List.of("  ")).map(hazards -> {
                        Map<String, Object> body = new LinkedHashMap<>(valid);
                        body.put("hazards", hazards);
                        return Malformed.json("hazards " + hazards, body);
                    })),
                    net.jqwik.api.Tuple.of(2, Malformed.unknownField(valid)),
                    net.jqwik.api.Tuple.of(1, Malformed.deepNesting(valid, "hazards")),
                    net.jqwik.api.Tuple.of(1, Malformed.oversized(valid, "nameVi", 200)),
                    net.jqwik.api.Tuple.of(2, Malformed.invalidUtf8(valid, "nameVi")),
                    net.jqwik.api.Tuple.of(2, Malformed.notAnObject(valid)))
                    .map(m -> new Malformed(id + "|" + m.description(), m.body()));
        });
    }

    @Example
    void aNoteWithANulCharacterIsRefusedAndNothingIsStored() {
        UUID id = UUID.randomUUID();
        Map<String, Object> report = report();
        report.put("note", "before\u0000after");

        assertRefused(send("PUT", "/api/v1/damage-reports/" + id, Wire.bytes(report)));
        assertThat(send("GET", "/api/v1/damage-reports/" + id, null).status()).isEqualTo(404);
    }

    /** Any text but NUL, which PostgreSQL cannot store (refused, see above). */
    @Provide
    Arbitrary<String> notes() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMinLength(1).ofMaxLength(2000).excludeChars('\u0000'),
                Arbitraries.of(Malformed.INJECTIONS).filter(s -> !s.isBlank() && s.indexOf('\u0000') < 0),
                Arbitraries.of("<script>alert('x')</script>", "Nhà bị <b>sập</b> & \"cuốn trôi\"", "😀 lũ quét 🌊",
                        "tab\tnew line\nend", "\\u0041 is not A"));
    }

    /** Unknown indicators, negative counts, fractions of a person, numbers that are not numbers. */
    private static Arbitrary<Malformed> badFigures(Map<String, Object> valid) {
        Arbitrary<Map<String, Object>> figures = Arbitraries.oneOf(
                Arbitraries.oneOf(Arbitraries.of(Malformed.INJECTIONS), Arbitraries.strings().ofMaxLength(12),
                        Arbitraries.integers().between(0, 99).map(n -> "DR-X" + n)).map(code -> Map.of(code, 1)),
                Arbitraries.integers().lessOrEqual(-1).map(n -> Map.of("DR-P01", n)),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e12"), new BigDecimal("-0.001")).ofScale(3).map(n -> Map.of("DR-A01", n)),
                Arbitraries.of(0.5, 1.25, 33.3, 2.000001).map(n -> Map.of("DR-P01", n)),
                Arbitraries.of("NaN", "Infinity", "-Infinity", "mười", "", "1,5", "0x10").map(s -> Map.of("DR-H01", s)),
                Arbitraries.of(List.of(1, 2), Map.of("value", 1)).map(v -> Map.of("DR-P02", v)),
                Arbitraries.just(Map.of()));
        return figures.map(f -> {
            Map<String, Object> body = new LinkedHashMap<>(valid);
            body.put("figures", f);
            return Malformed.json("figures " + f, body);
        });
    }

    private static Arbitrary<Malformed> badAsOf(Map<String, Object> valid) {
        return Arbitraries.of("2024-13-45T00:00:00Z", "yesterday", "2024-09-12", "12/09/2024 05:30", "2999-01-01T00:00:00Z",
                "2019-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "2024-09-12T25:00:00Z").map(asOf -> {
            Map<String, Object> body = new LinkedHashMap<>(valid);
            body.put("asOf", asOf);
            return Malformed.json("asOf " + asOf, body);
        });
    }

    private static void assertRefused(Wire.Answer answer) {
        assertThat(answer.status()).as("status of " + FieldApp.excerpt(answer)).isBetween(400, 499);
        assertThat(answer.contentType()).as("content type of " + FieldApp.excerpt(answer)).startsWith("application/problem+json");
    }

    private static Wire.Answer send(String method, String path, byte[] body) {
        return WIRE.send(method, RunningSystem.get().gateway(path), body)
                .orElseThrow(() -> new AssertionError("no answer to " + method + " " + path));
    }

    private static Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("disasterId", DISASTER);
        report.put("areaCode", "01267");
        report.put("asOf", "2024-09-12T05:30:00Z");
        report.put("source", "GOV");
        report.put("reportType", "DAILY");
        report.put("figures", Map.of("DR-P01", 3, "DR-A01", 12.5));
        return report;
    }

    private static Map<String, Object> disaster(String id) {
        Map<String, Object> disaster = new LinkedHashMap<>();
        disaster.put("id", id);
        disaster.put("nameVi", "Lũ quét thử nghiệm");
        disaster.put("nameEn", "Test flash flood");
        disaster.put("hazards", List.of("FLASH_FLOOD"));
        disaster.put("startDate", "2024-09-06");
        disaster.put("provinces", List.of("04"));
        return disaster;
    }

    private static String freshDisasterId() {
        return "bad-" + UUID.randomUUID().toString().substring(0, 13);
    }
}
