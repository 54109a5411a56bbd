package org.recoverytracker.contracts.damage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Named, fixed damage events from Typhoon Yagi in Cao Bằng: the examples the golden files pin. */
public final class DamageEventMother {
    public static final String YAGI = "2024-yagi";
    public static final UUID REPORT_ID = UUID.fromString("6f1c2b7e-3d4a-4e5f-9a8b-0c1d2e3f4a5b");
    /** 12 Sep 2024, 12:30 in Cao Bằng. */
    public static final Instant AS_OF = Instant.parse("2024-09-12T05:30:00Z");

    private DamageEventMother() {
    }

    public static DisasterDeclared yagiDeclared() {
        return new DisasterDeclared(
                UUID.fromString("0b4f8e52-6a1d-4c39-8e27-5d9a1f3c7b60"),
                Instant.parse("2024-09-06T01:00:00Z"),
                YAGI,
                1,
                "Bão số 3 (Yagi)",
                "Typhoon Yagi",
                List.of("TYPHOON", "FLOOD", "LANDSLIDE"),
                LocalDate.of(2024, 9, 6),
                List.of("04"),
                "coordinator.caobang");
    }

    /** Phường Hợp Giang's government report: 2 dead, 1 missing, 12.5 ha of rice flooded. */
    public static DamageReportSubmitted hopGiangReport() {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("DR-P01", new BigDecimal("2"));
        figures.put("DR-P02", new BigDecimal("1"));
        figures.put("DR-H01", new BigDecimal("14"));
        figures.put("DR-A01", new BigDecimal("12.5"));
        figures.put("DR-L03", new BigDecimal("3500000000"));
        return new DamageReportSubmitted(
                UUID.fromString("a3e1c9d2-4b5f-4a60-8c7d-1e2f3a4b5c6d"),
                AS_OF,
                REPORT_ID,
                1,
                YAGI,
                "01273",
                AS_OF,
                Source.GOV,
                ReportType.DAILY,
                figures,
                new GeoPoint(new BigDecimal("22.66571"), new BigDecimal("106.25793"), new BigDecimal("15")),
                "Số liệu sơ bộ, ước tính đến 12h30",
                "field.hopgiang",
                Instant.parse("2024-09-12T06:02:11.250Z"));
    }

    /** The missing person was found dead: the amendment moves them from DR-P02 to DR-P01. */
    public static DamageReportAmended hopGiangMissingFoundDead() {
        return new DamageReportAmended(
                UUID.fromString("c7d8e9f0-1a2b-4c3d-9e4f-5a6b7c8d9e0f"),
                Instant.parse("2024-09-13T02:00:00Z"),
                REPORT_ID,
                2,
                1,
                YAGI,
                "01273",
                AS_OF,
                Source.GOV,
                ReportType.DAILY,
                Map.of("DR-P01", new BigDecimal("3"), "DR-P02", new BigDecimal("0"),
                        "DR-H01", new BigDecimal("14"), "DR-A01", new BigDecimal("12.5")),
                null,
                null,
                "field.hopgiang",
                Instant.parse("2024-09-13T02:05:00Z"));
    }

    public static DamageReportVerified hopGiangVerified() {
        return new DamageReportVerified(
                UUID.fromString("d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6"),
                Instant.parse("2024-09-13T09:00:00Z"),
                REPORT_ID,
                3,
                "coordinator.caobang",
                null);
    }

    public static DamageReportRejected hopGiangRejected() {
        return new DamageReportRejected(
                UUID.fromString("e2f3a4b5-c6d7-4e8f-9a01-b2c3d4e5f6a7"),
                Instant.parse("2024-09-13T09:30:00Z"),
                REPORT_ID,
                3,
                "coordinator.caobang",
                "Trùng với báo cáo của huyện");
    }

    /** One example of every damage event type, in the order of {@link DamageEvent}'s permits clause. */
    public static List<DamageEvent> oneOfEach() {
        return List.of(yagiDeclared(), hopGiangReport(), hopGiangMissingFoundDead(), hopGiangVerified(),
                hopGiangRejected());
    }
}
