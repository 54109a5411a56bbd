package org.recoverytracker.contracts.rebuild;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Named, fixed rebuilding events from Cao Bằng after Typhoon Yagi: the examples the golden files pin. */
public final class RebuildEventMother {
    public static final String YAGI = "2024-yagi";
    public static final UUID PROJECT_ID = UUID.fromString("5b0e7c1a-2f3d-4e6a-8b9c-0d1e2f3a4b5c");
    public static final UUID TARGET_ID = UUID.fromString("8c9d0e1f-2a3b-4c5d-9e6f-7a8b9c0d1e2f");
    public static final ResponsibleUnit CONSTRUCTION = new ResponsibleUnit("SXD", "Sở Xây dựng Cao Bằng");

    private RebuildEventMother() {
    }

    /** Relocating 455 households out of landslide zones in Nguyên Bình district, October 2024 to March 2025. */
    public static RecoveryProject relocation() {
        return new RecoveryProject(YAGI, "052", Sector.HOUSING, "house-relocation",
                "Di dời 455 hộ dân khỏi vùng sạt lở", CONSTRUCTION, new PlannedOutput(new BigDecimal("455"), "house"),
                91_000_000_000L, LocalDate.of(2024, 10, 1), LocalDate.of(2025, 3, 31), "Ngân sách tỉnh");
    }

    public static RecoveryProjectRegistered relocationRegistered() {
        return new RecoveryProjectRegistered(
                UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"),
                Instant.parse("2024-09-25T03:00:00Z"),
                PROJECT_ID,
                1,
                relocation(),
                "coordinator.caobang",
                Instant.parse("2024-09-25T03:00:00Z"));
    }

    /** The budget grew to 95.5 billion VND and the end slipped to April; no funding source is named any more. */
    public static RecoveryProjectAmended relocationRebudgeted() {
        RecoveryProject p = relocation();
        return new RecoveryProjectAmended(
                UUID.fromString("2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e"),
                Instant.parse("2024-11-04T02:15:00Z"),
                PROJECT_ID,
                2,
                1,
                new RecoveryProject(p.disasterId(), p.areaCode(), p.sector(), p.kind(), p.title(), p.responsibleUnit(),
                        p.target(), 95_500_000_000L, p.plannedStart(), LocalDate.of(2025, 4, 30), null),
                "coordinator.caobang",
                Instant.parse("2024-11-04T02:15:00Z"));
    }

    /** 120.5 of 455 houses done (a partly finished block counts by half) and 30.2 billion VND paid out by 15 Dec. */
    public static RebuildProgressReported relocationProgress() {
        return new RebuildProgressReported(
                UUID.fromString("3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f"),
                Instant.parse("2024-12-15T10:00:00Z"),
                PROJECT_ID,
                1,
                UUID.fromString("4d5e6f7a-8b9c-4d0e-9f2a-3b4c5d6e7f80"),
                Instant.parse("2024-12-15T10:00:00Z"),
                new BigDecimal("120.5"),
                30_200_000_000L,
                ProjectStatus.IN_PROGRESS,
                "Khu tái định cư Thành Công xong móng",
                "field.nguyenbinh",
                Instant.parse("2024-12-16T01:30:45.500Z"));
    }

    /** The province's target: 455 houses by the end of March 2025, half of them by the end of January. */
    public static RecoveryTargetSet housingTargetSet() {
        return new RecoveryTargetSet(
                UUID.fromString("5e6f7a8b-9c0d-4e1f-8a3b-4c5d6e7f8091"),
                Instant.parse("2024-09-26T08:00:00Z"),
                TARGET_ID,
                1,
                new RecoveryTarget("Xây dựng lại 455 nhà ở", "Rebuild 455 houses", "04", YAGI, CONSTRUCTION,
                        new BigDecimal("455"), "house", LocalDate.of(2024, 10, 1), LocalDate.of(2025, 3, 31),
                        new TargetMeasure(MeasureMethod.PROJECT_QUANTITY, Sector.HOUSING, null),
                        List.of(new Milestone(LocalDate.of(2025, 1, 31), new BigDecimal("228")))),
                "coordinator.caobang",
                Instant.parse("2024-09-26T08:00:00Z"));
    }

    /** Forest cover is nobody's project: the target is reported directly, on a linear schedule. */
    public static RecoveryTargetAmended forestTargetAmended() {
        return new RecoveryTargetAmended(
                UUID.fromString("6f7a8b9c-0d1e-4f2a-9b4c-5d6e7f8091a2"),
                Instant.parse("2024-10-02T04:00:00Z"),
                TARGET_ID,
                2,
                1,
                new RecoveryTarget("Trồng lại rừng", "Replant forest", "04", null,
                        new ResponsibleUnit("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
                        new BigDecimal("1200.5"), "ha", LocalDate.of(2024, 10, 1), LocalDate.of(2025, 12, 31),
                        new TargetMeasure(MeasureMethod.REPORTED, null, null), List.of()),
                "coordinator.caobang",
                Instant.parse("2024-10-02T04:00:00Z"));
    }

    public static TargetProgressReported forestProgress() {
        return new TargetProgressReported(
                UUID.fromString("7a8b9c0d-1e2f-4a3b-8c5d-6e7f8091a2b3"),
                Instant.parse("2025-01-10T09:00:00Z"),
                TARGET_ID,
                2,
                UUID.fromString("8b9c0d1e-2f3a-4b4c-9d6e-7f8091a2b3c4"),
                Instant.parse("2025-01-10T09:00:00Z"),
                new BigDecimal("310.25"),
                null,
                "officer.snnptnt",
                Instant.parse("2025-01-10T09:20:00Z"));
    }

    /** One example of every rebuild event type, in the order of {@link RebuildEvent}'s permits clause. */
    public static List<RebuildEvent> oneOfEach() {
        return List.of(relocationRegistered(), relocationRebudgeted(), relocationProgress(), housingTargetSet(),
                forestTargetAmended(), forestProgress());
    }
}
