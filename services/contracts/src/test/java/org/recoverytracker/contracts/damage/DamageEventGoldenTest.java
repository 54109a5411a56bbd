package org.recoverytracker.contracts.damage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the wire format of every damage event: the JSON in {@code golden/<Type>.json} is what consumers in any
 * language read. A failure here means a v1 payload changed: only new optional fields are allowed.
 */
class DamageEventGoldenTest {
    private static final ObjectMapper JSON = ObjectMapper.getDefault();

    static Stream<Named<DamageEvent>> examples() {
        return DamageEventMother.oneOfEach().stream().map(e -> Named.of(e.getClass().getSimpleName(), e));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void serialisesExactlyAsItsGoldenFile(DamageEvent event) throws IOException {
        JsonNode expected = JSON.readValue(golden(event.getClass()), JsonNode.class);
        String written = JSON.writeValueAsString(event);
        assertEquals(expected, JSON.readValue(written, JsonNode.class),
                () -> "wire format of " + event.getClass().getSimpleName() + " changed: " + written);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void goldenFileReadsBackAsTheSameEvent(DamageEvent event) throws IOException {
        assertEquals(event, JSON.readValue(golden(event.getClass()), event.getClass()));
    }

    @Test
    void everyDamageEventTypeHasAGoldenExample() {
        List<Class<?>> covered = DamageEventMother.oneOfEach().stream().<Class<?>>map(Object::getClass).toList();
        assertEquals(Arrays.asList(DamageEvent.class.getPermittedSubclasses()), covered);
    }

    @Test
    void timesAreIsoStringsAndFiguresAreExactJsonNumbers() throws IOException {
        String json = new String(bytes(DamageEventMother.hopGiangReport()), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"asOf\":\"2024-09-12T05:30:00Z\""), json);
        assertTrue(json.contains("\"submittedAt\":\"2024-09-12T06:02:11.250Z\""), json);
        assertTrue(json.contains("\"DR-A01\":12.5,"), json);
        assertTrue(json.contains("\"DR-L03\":3500000000,"), json);
    }

    @Test
    void decimalFiguresKeepTheirExactValueThroughJson() throws IOException {
        DamageReportSubmitted report = withFigures(Map.of("DR-A01", new BigDecimal("0.1"),
                "DR-L03", new BigDecimal("880123456789012")));
        DamageReportSubmitted read = JSON.readValue(JSON.writeValueAsBytes(report), DamageReportSubmitted.class);
        assertEquals(new BigDecimal("0.1"), read.figures().get("DR-A01"));
        assertEquals(new BigDecimal("880123456789012"), read.figures().get("DR-L03"));
    }

    @Test
    void sameFiguresGivenInAnyOrderSerialiseToTheSameBytes() throws IOException {
        Map<String, BigDecimal> forward = new LinkedHashMap<>(DamageEventMother.hopGiangReport().figures());
        Map<String, BigDecimal> reversed = new TreeMap<String, BigDecimal>(Comparator.reverseOrder());
        reversed.putAll(forward);
        assertEquals(new String(bytes(withFigures(forward)), StandardCharsets.UTF_8),
                new String(bytes(withFigures(reversed)), StandardCharsets.UTF_8));
    }

    @Test
    void unknownFieldsAreIgnoredSoV1CanGrowOptionalFields() throws IOException {
        String json = new String(golden(DamageReportVerified.class), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"addedInALaterRelease\":{\"x\":1},");
        assertEquals(DamageEventMother.hopGiangVerified(), JSON.readValue(json, DamageReportVerified.class));
    }

    @Test
    void eventMissingARequiredFieldIsNotReadAsAnEventWithNulls() throws IOException {
        String json = new String(golden(DamageReportRejected.class), StandardCharsets.UTF_8)
                .replaceFirst("\"reportId\"", "\"misspelledReportId\"");
        assertThrows(IOException.class, () -> JSON.readValue(json, DamageReportRejected.class));
    }

    @Test
    void eventWithoutAVersionIsNotReadAsVersionZero() throws IOException {
        String json = new String(golden(DamageReportVerified.class), StandardCharsets.UTF_8)
                .replaceFirst("\"version\": 3,", "");
        assertThrows(IOException.class, () -> JSON.readValue(json, DamageReportVerified.class));
    }

    private static DamageReportSubmitted withFigures(Map<String, BigDecimal> figures) {
        DamageReportSubmitted r = DamageEventMother.hopGiangReport();
        return new DamageReportSubmitted(r.eventId(), r.occurredAt(), r.reportId(), r.version(), r.disasterId(),
                r.areaCode(), r.asOf(), r.source(), r.reportType(), figures, r.location(), r.note(),
                r.submittedBy(), r.submittedAt());
    }

    private static byte[] bytes(DamageEvent event) throws IOException {
        return JSON.writeValueAsBytes(event);
    }

    private static byte[] golden(Class<?> type) throws IOException {
        try (InputStream in = DamageEventGoldenTest.class.getResourceAsStream("/golden/" + type.getSimpleName() + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no golden file for " + type.getSimpleName());
            }
            return in.readAllBytes();
        }
    }
}
