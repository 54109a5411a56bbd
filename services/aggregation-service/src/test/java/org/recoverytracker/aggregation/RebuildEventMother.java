package org.recoverytracker.aggregation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.recoverytracker.contracts.area.Gazetteer;
import org.recoverytracker.contracts.rebuild.MeasureMethod;
import org.recoverytracker.contracts.rebuild.PlannedOutput;
import org.recoverytracker.contracts.rebuild.ProjectStatus;
import org.recoverytracker.contracts.rebuild.RebuildProgressReported;
import org.recoverytracker.contracts.rebuild.RecoveryProject;
import org.recoverytracker.contracts.rebuild.RecoveryProjectAmended;
import org.recoverytracker.contracts.rebuild.RecoveryProjectRegistered;
import org.recoverytracker.contracts.rebuild.RecoveryTarget;
import org.recoverytracker.contracts.rebuild.RecoveryTargetSet;
import org.recoverytracker.contracts.rebuild.ResponsibleUnit;
import org.recoverytracker.contracts.rebuild.Sector;
import org.recoverytracker.contracts.rebuild.TargetMeasure;
import org.recoverytracker.contracts.rebuild.TargetProgressReported;

/**
 * Rebuilding events on a 100-day plan, 1 January to 10 April 2025 (Vietnam time), so that {@link #HALFWAY}
 * (20 February, 00:00 in Cao Bằng) is exactly half of every schedule. Each test uses a disaster id of its own.
 */
public final class RebuildEventMother {
    public static final LocalDate START = LocalDate.of(2025, 1, 1);
    public static final LocalDate END = LocalDate.of(2025, 4, 10);
    public static final Instant HALFWAY = LocalDate.of(2025, 2, 20).atStartOfDay(Gazetteer.ZONE).toInstant();
    public static final String NGUYEN_BINH = "052";
    public static final String SONG_HIEN = "01267";
    public static final String SONG_BANG = "01270";

    private RebuildEventMother() {
    }

    public static ResponsibleUnit unit(String code) {
        return new ResponsibleUnit(code, "Đơn vị " + code);
    }

    public static Instant daysBeforeHalfway(long days) {
        return HALFWAY.minusSeconds(days * 24 * 3600);
    }

    /** 100 houses rebuilt for 10 billion VND over the 100 days. */
    public static RecoveryProject houses(String disasterId, String areaCode, ResponsibleUnit unit) {
        return new RecoveryProject(disasterId, areaCode, Sector.HOUSING, "house-rebuild", "Xây lại 100 nhà tại " + areaCode,
                unit, new PlannedOutput(new BigDecimal("100"), "house"), 10_000_000_000L, START, END, "Ngân sách tỉnh");
    }

    public static RecoveryProject road(String disasterId, String areaCode, ResponsibleUnit unit) {
        return new RecoveryProject(disasterId, areaCode, Sector.TRANSPORT, "road-repair", "Sửa 12,5 km đường",
                unit, new PlannedOutput(new BigDecimal("12.5"), "km"), 25_000_000_000L, START, END, null);
    }

    public static RecoveryProjectRegistered registered(UUID projectId, RecoveryProject project) {
        return new RecoveryProjectRegistered(UUID.randomUUID(), START.atStartOfDay(Gazetteer.ZONE).toInstant(), projectId, 1,
                project, "coordinator.caobang", Instant.parse("2024-12-20T02:00:00Z"));
    }

    public static RecoveryProjectAmended amended(UUID projectId, int version, RecoveryProject project) {
        return new RecoveryProjectAmended(UUID.randomUUID(), HALFWAY, projectId, version, version - 1, project,
                "coordinator.caobang", HALFWAY);
    }

    public static RebuildProgressReported progress(UUID projectId, Instant asOf, String completed, long disbursedVnd) {
        return new RebuildProgressReported(UUID.randomUUID(), asOf, projectId, 1, UUID.randomUUID(), asOf,
                new BigDecimal(completed), disbursedVnd, ProjectStatus.IN_PROGRESS, null, "field.officer", asOf.plusSeconds(60));
    }

    /** A target of the province over the 100 days, reported directly. */
    public static RecoveryTargetSet reportedTarget(UUID targetId, String disasterId, String nameEn, String planned) {
        return targetSet(targetId, new RecoveryTarget("Chỉ tiêu " + nameEn, nameEn, "04", disasterId, unit("UBND"),
                new BigDecimal(planned), "ha", START, END, new TargetMeasure(MeasureMethod.REPORTED, null, null), List.of()));
    }

    public static RecoveryTargetSet targetSet(UUID targetId, RecoveryTarget target) {
        return new RecoveryTargetSet(UUID.randomUUID(), START.atStartOfDay(Gazetteer.ZONE).toInstant(), targetId, 1, target,
                "coordinator.caobang", Instant.parse("2024-12-20T03:00:00Z"));
    }

    public static TargetProgressReported targetProgress(UUID targetId, Instant asOf, String achieved) {
        return new TargetProgressReported(UUID.randomUUID(), asOf, targetId, 1, UUID.randomUUID(), asOf,
                new BigDecimal(achieved), null, "officer", asOf.plusSeconds(60));
    }
}
