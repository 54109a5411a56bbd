package org.recoverytracker.damage.report;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.recoverytracker.intake.problem.ProblemException;

/**
 * What a list of reports asks for: filters (each absent one matches all; {@code statuses} empty matches every status),
 * the order of first submission, and a window of {@code limit} reports from {@code offset}.
 */
record ReportSearch(@Nullable String disasterId, @Nullable String areaCode, @Nullable String submittedBy,
                    Set<ReportStatus> statuses, boolean oldestFirst, long offset, int limit) {
    static final int DEFAULT_LIMIT = 100;

    /** The same search limited to one submitter (field staff see only their own). */
    ReportSearch by(@Nullable String submitter) {
        return new ReportSearch(disasterId, areaCode, submitter, statuses, oldestFirst, offset, limit);
    }

    /**
     * Statuses as given, repeated ({@code status=SUBMITTED&status=REJECTED}) or as a comma list; case does not matter.
     * Unknown ones are a 400 naming {@code status}.
     */
    static Set<ReportStatus> statuses(@Nullable List<String> values) {
        Set<ReportStatus> statuses = EnumSet.noneOf(ReportStatus.class);
        List<String> unknown = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String name : value.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                try {
                    statuses.add(ReportStatus.valueOf(name.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    unknown.add(name.strip());
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.badRequest("status", "unknown status " + String.join(", ", unknown) + "; one of "
                    + Arrays.toString(ReportStatus.values()));
        }
        return statuses;
    }

    /** {@code oldest} or {@code newest} first; by default oldest when a status is asked for (a queue), else newest. */
    static boolean oldestFirst(@Nullable String order, Set<ReportStatus> statuses) {
        if (order == null || order.isBlank()) {
            return !statuses.isEmpty();
        }
        return switch (order.strip().toLowerCase(Locale.ROOT)) {
            case "oldest" -> true;
            case "newest" -> false;
            default -> throw ProblemException.badRequest("order", "'" + order + "' is not oldest or newest");
        };
    }
}
