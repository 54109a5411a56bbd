package org.recoverytracker.contracts.damage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the event records refuse to be, whether built by a producer or read from a topic. */
class DamageEventRecordsTest {

    @Test
    void anAmendmentMustReplaceAnEarlierVersion() {
        DamageReportAmended a = DamageEventMother.hopGiangMissingFoundDead();
        assertThrows(IllegalArgumentException.class, () -> new DamageReportAmended(a.eventId(), a.occurredAt(),
                a.reportId(), 2, 2, a.disasterId(), a.areaCode(), a.asOf(), a.source(), a.reportType(), a.figures(),
                null, null, a.amendedBy(), a.amendedAt()));
    }

    @Test
    void versionsStartAtOne() {
        DamageReportVerified v = DamageEventMother.hopGiangVerified();
        assertThrows(IllegalArgumentException.class,
                () -> new DamageReportVerified(v.eventId(), v.occurredAt(), v.reportId(), 0, v.verifiedBy(), null));
    }

    @Test
    void figuresAreAnImmutableSnapshotInIndicatorOrder() {
        Map<String, BigDecimal> figures = new HashMap<>(Map.of("DR-P02", BigDecimal.ONE, "DR-P01", BigDecimal.TWO));
        DamageReportSubmitted r = DamageEventMother.hopGiangReport();
        DamageReportSubmitted report = new DamageReportSubmitted(r.eventId(), r.occurredAt(), r.reportId(), 1,
                r.disasterId(), r.areaCode(), r.asOf(), r.source(), r.reportType(), figures, null, null,
                r.submittedBy(), r.submittedAt());

        figures.put("DR-P03", BigDecimal.TEN);

        assertEquals(List.of("DR-P01", "DR-P02"), List.copyOf(report.figures().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> report.figures().put("DR-P03", BigDecimal.TEN));
    }

    @Test
    void aFigureWithoutAValueIsRefused() {
        Map<String, BigDecimal> figures = new HashMap<>();
        figures.put("DR-P01", null);
        DamageReportSubmitted r = DamageEventMother.hopGiangReport();
        NullPointerException e = assertThrows(NullPointerException.class, () -> new DamageReportSubmitted(
                r.eventId(), r.occurredAt(), r.reportId(), 1, r.disasterId(), r.areaCode(), r.asOf(), r.source(),
                r.reportType(), figures, null, null, r.submittedBy(), r.submittedAt()));
        assertEquals("figures.DR-P01", e.getMessage());
    }
}
