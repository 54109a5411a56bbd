package org.recoverytracker.aggregation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.recoverytracker.contracts.damage.DamageReportAmended;
import org.recoverytracker.contracts.damage.DamageReportRejected;
import org.recoverytracker.contracts.damage.DamageReportSubmitted;
import org.recoverytracker.contracts.damage.DamageReportVerified;
import org.recoverytracker.contracts.damage.DisasterDeclared;
import org.recoverytracker.contracts.damage.ReportType;
import org.recoverytracker.contracts.damage.Source;

/**
 * Damage events in Cao Bằng during Typhoon Yagi, each test with a disaster id of its own (the topic is shared).
 * Areas: province 04; district Hòa An (051) with communes Hoàng Tung (01696) and Nguyễn Huệ (01699);
 * Cao Bằng city (040) with ward Hợp Giang (01273).
 */
public final class DamageEventMother {
    public static final String PROVINCE = "04";
    public static final String HOA_AN = "051";
    public static final String HOANG_TUNG = "01696";
    public static final String NGUYEN_HUE = "01699";
    public static final String CITY = "040";
    public static final String HOP_GIANG = "01273";
    public static final String DEAD = "DR-P01";
    public static final String MISSING = "DR-P02";
    public static final LocalDate YAGI_START = LocalDate.of(2024, 9, 6);
    /** 12 Sep 2024, 07:00 in Cao Bằng. */
    public static final Instant MORNING = Instant.parse("2024-09-12T00:00:00Z");

    private DamageEventMother() {
    }

    public static String newDisaster(String name) {
        return "it-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Instant hoursAfterMorning(long hours) {
        return MORNING.plusSeconds(hours * 3600);
    }

    public static DisasterDeclared declared(String disasterId) {
        return new DisasterDeclared(UUID.randomUUID(), MORNING, disasterId, 1, "Bão số 3 (Yagi)", "Typhoon Yagi",
                List.of("TYPHOON", "FLOOD"), YAGI_START, List.of(PROVINCE), "coordinator.caobang");
    }

    public static DamageReportSubmitted submitted(String disasterId, String area, Instant asOf, Map<String, Integer> figures) {
        return submitted(disasterId, area, asOf, Source.GOV, figures);
    }

    public static DamageReportSubmitted submitted(String disasterId, String area, Instant asOf, Source source,
                                                  Map<String, Integer> figures) {
        return new DamageReportSubmitted(UUID.randomUUID(), asOf, UUID.randomUUID(), 1, disasterId, area, asOf, source,
                ReportType.DAILY, numbers(figures), null, null, "field.officer", asOf.plusSeconds(600));
    }

    public static DamageReportAmended amended(DamageReportSubmitted report, int version, Map<String, Integer> figures) {
        return amended(report, version, report.areaCode(), figures);
    }

    /** An amendment that also moves the report to another area (the officer had picked the wrong commune). */
    public static DamageReportAmended amended(DamageReportSubmitted report, int version, String area,
                                              Map<String, Integer> figures) {
        return new DamageReportAmended(UUID.randomUUID(), report.asOf(), report.reportId(), version, version - 1,
                report.disasterId(), area, report.asOf(), report.source(), report.reportType(),
                numbers(figures), null, "found dead", "field.officer", report.submittedAt().plusSeconds(3600));
    }

    public static DamageReportVerified verified(DamageReportSubmitted report, int version) {
        return new DamageReportVerified(UUID.randomUUID(), report.submittedAt().plusSeconds(60), report.reportId(),
                version, "coordinator.caobang", null);
    }

    public static DamageReportRejected rejected(DamageReportSubmitted report, int version) {
        return new DamageReportRejected(UUID.randomUUID(), report.submittedAt().plusSeconds(60), report.reportId(),
                version, "coordinator.caobang", "double counted");
    }

    private static Map<String, BigDecimal> numbers(Map<String, Integer> figures) {
        Map<String, BigDecimal> numbers = new TreeMap<>();
        figures.forEach((indicator, value) -> numbers.put(indicator, BigDecimal.valueOf(value)));
        return numbers;
    }
}
