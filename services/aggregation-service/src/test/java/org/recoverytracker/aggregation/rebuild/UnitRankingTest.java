package org.recoverytracker.aggregation.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recoverytracker.aggregation.rebuild.LaggingUnitsAnswer.ProjectLine;
import org.recoverytracker.aggregation.rebuild.LaggingUnitsAnswer.UnitLine;
import org.recoverytracker.aggregation.rebuild.UnitRanking.UnitProject;
import org.recoverytracker.contracts.area.Gazetteer;
import org.recoverytracker.contracts.rebuild.ProjectStatus;
import org.recoverytracker.contracts.rebuild.ResponsibleUnit;
import org.recoverytracker.contracts.rebuild.Sector;

class UnitRankingTest {
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate END = LocalDate.of(2025, 4, 10);
    private static final Instant HALFWAY = LocalDate.of(2025, 2, 20).atStartOfDay(Gazetteer.ZONE).toInstant();
    private static final ResponsibleUnit ROADS = new ResponsibleUnit("SGTVT", "Sở Giao thông vận tải");
    private static final ResponsibleUnit HOUSING = new ResponsibleUnit("SXD", "Sở Xây dựng");

    private static UnitProject project(ResponsibleUnit unit, String target, String done) {
        Schedule schedule = Schedule.linear(START, END, new BigDecimal(target));
        PlanProgress progress = PlanProgress.of(new BigDecimal(done), schedule, HALFWAY);
        return new UnitProject(unit, new ProjectLine(UUID.randomUUID(), "project of " + unit.code(), "052", Sector.OTHER,
                "repair", "site", new BigDecimal(target), START, END, ProjectStatus.IN_PROGRESS, HALFWAY, progress,
                progress.status() != PlanStatus.ON_TRACK));
    }

    @Test
    void aUnitHalfwayAtTwentyPercentRanksBelowAUnitOnSchedule() {
        List<UnitLine> ranked = UnitRanking.rank(List.of(project(HOUSING, "100", "50"), project(ROADS, "100", "20")));

        assertThat(ranked).extracting(UnitLine::code).containsExactly("SGTVT", "SXD");
        assertThat(ranked).extracting(UnitLine::rank).containsExactly(1, 2);
        assertThat(ranked.getFirst().percentOfPlan()).isEqualByComparingTo("40");
        assertThat(ranked.getFirst().laggingProjects()).isEqualTo(1);
        assertThat(ranked.getLast().status()).isEqualTo(PlanStatus.ON_TRACK);
    }

    @Test
    void eachProjectCountsAlikeWhateverItsSize() {
        // a huge project on schedule does not hide a small one at a standstill
        List<UnitLine> ranked = UnitRanking.rank(List.of(project(HOUSING, "10000", "5000"), project(HOUSING, "10", "0")));

        assertThat(ranked.getFirst().percentOfPlan()).isEqualByComparingTo("50");
        assertThat(ranked.getFirst().projects().getFirst().target()).isEqualByComparingTo("10");
    }
}
