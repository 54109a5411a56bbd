package org.recoverytracker.contracts.damage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.event.GoldenEventContract;

/**
 * Pins the wire format of every damage event (see {@link GoldenEventContract}): the JSON in
 * {@code golden/<Type>.json} is what consumers in any language read.
 */
class DamageEventGoldenTest extends GoldenEventContract<DamageEvent> {

    @Override
    protected Class<DamageEvent> root() {
        return DamageEvent.class;
    }

    @Override
    protected List<DamageEvent> oneOfEach() {
        return DamageEventMother.oneOfEach();
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
}
