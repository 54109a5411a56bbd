package org.recoverytracker.rebuild;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Named requests for the rebuild service's tests ("mothers"): Cao Bằng's recovery after Typhoon Yagi. */
public final class RebuildFixtures {
    public static final String YAGI = "2024-yagi";
    /** Nguyên Bình district, valid until the districts were abolished on 1 July 2025. */
    public static final String NGUYEN_BINH = "052";
    public static final String CAO_BANG = "04";

    private RebuildFixtures() {
    }

    /** 455 households moved out of landslide zones by the provincial construction department, Oct 2024 – Mar 2025. */
    public static Map<String, Object> relocation() {
        Map<String, Object> project = new HashMap<>();
        project.put("disasterId", YAGI);
        project.put("areaCode", NGUYEN_BINH);
        project.put("sector", "housing");
        project.put("kind", "house-relocation");
        project.put("title", "Di dời 455 hộ dân khỏi vùng sạt lở");
        project.put("responsibleUnit", Map.of("code", "SXD", "name", "Sở Xây dựng Cao Bằng"));
        project.put("target", Map.of("quantity", 455, "unit", "house"));
        project.put("budgetVnd", 91_000_000_000L);
        project.put("plannedStart", "2024-10-01");
        project.put("plannedEnd", "2025-03-31");
        project.put("fundingSource", "Ngân sách tỉnh");
        return project;
    }

    /** 120 houses done and 30.2 billion VND paid out by 15 Dec 2024. */
    public static Map<String, Object> progress() {
        Map<String, Object> update = new HashMap<>();
        update.put("asOf", "2024-12-15T10:00:00Z");
        update.put("completedQuantity", 120);
        update.put("disbursedVnd", 30_200_000_000L);
        update.put("status", "IN_PROGRESS");
        update.put("note", "Khu tái định cư Thành Công xong móng");
        return update;
    }

    /** The province's target: 455 houses rebuilt by the end of March 2025, measured from housing projects. */
    public static Map<String, Object> housingTarget() {
        Map<String, Object> target = new HashMap<>();
        target.put("nameVi", "Xây dựng lại 455 nhà ở");
        target.put("nameEn", "Rebuild 455 houses");
        target.put("areaCode", CAO_BANG);
        target.put("disasterId", YAGI);
        target.put("responsibleUnit", Map.of("code", "SXD", "name", "Sở Xây dựng Cao Bằng"));
        target.put("plannedValue", 455);
        target.put("unit", "house");
        target.put("startDate", "2024-10-01");
        target.put("deadline", "2025-03-31");
        target.put("measure", Map.of("method", "PROJECT_QUANTITY", "sector", "housing"));
        target.put("milestones", List.of(Map.of("date", "2025-01-31", "value", 228)));
        return target;
    }

    /** Forest replanting, which no project measures: reported directly. */
    public static Map<String, Object> forestTarget() {
        Map<String, Object> target = new HashMap<>(housingTarget());
        target.put("nameVi", "Trồng lại rừng");
        target.put("nameEn", "Replant forest");
        target.put("responsibleUnit", Map.of("code", "SNNPTNT", "name", "Sở Nông nghiệp và Phát triển nông thôn"));
        target.put("plannedValue", 1200.5);
        target.put("unit", "ha");
        target.put("deadline", "2025-12-31");
        target.put("measure", Map.of("method", "REPORTED"));
        target.remove("milestones");
        return target;
    }

    public static Map<String, Object> forestProgress() {
        return Map.of("asOf", "2025-01-10T09:00:00Z", "achievedValue", 310.25);
    }


    public static String projectPath(UUID projectId) {
        return "/api/v1/recovery-projects/" + projectId;
    }

    public static String targetPath(UUID targetId) {
        return "/api/v1/recovery-targets/" + targetId;
    }
}
