package org.recoverytracker.aggregation.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.area.Gazetteer;

class PlanProgressTest {
    private static final Schedule HUNDRED_DAYS = Schedule.linear(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 10),
            new BigDecimal("200"));
    private static final Instant HALFWAY = LocalDate.of(2025, 2, 20).atStartOfDay(Gazetteer.ZONE).toInstant();
    private static final Instant AFTER_DEADLINE = LocalDate.of(2025, 5, 1).atStartOfDay(Gazetteer.ZONE).toInstant();

    private static PlanProgress halfway(String achieved) {
        return PlanProgress.of(new BigDecimal(achieved), HUNDRED_DAYS, HALFWAY);
    }

    @Test
    void twentyPercentDoneHalfwayIsFortyPercentOfPlanAndOffTrack() {
        PlanProgress progress = halfway("40");
        assertThat(progress.expected()).isEqualByComparingTo("100");
        assertThat(progress.percentOfPlan()).isEqualByComparingTo("40");
        assertThat(progress.percentOfTarget()).isEqualByComparingTo("20");
        assertThat(progress.status()).isEqualTo(PlanStatus.OFF_TRACK);
    }

    @Test
    void thresholdsSeparateOnTrackAtRiskAndOffTrack() {
        assertThat(halfway("90").status()).isEqualTo(PlanStatus.ON_TRACK);
        assertThat(halfway("89.9").status()).isEqualTo(PlanStatus.AT_RISK);
        assertThat(halfway("70").status()).isEqualTo(PlanStatus.AT_RISK);
        assertThat(halfway("69.9").status()).isEqualTo(PlanStatus.OFF_TRACK);
    }

    @Test
    void beforeTheStartNothingIsExpectedSoNothingLags() {
        PlanProgress progress = PlanProgress.of(BigDecimal.ZERO, HUNDRED_DAYS, HALFWAY.minusSeconds(60L * 24 * 3600 * 60));
        assertThat(progress.percentOfPlan()).isNull();
        assertThat(progress.status()).isEqualTo(PlanStatus.ON_TRACK);
    }

    @Test
    void aDeadlineMissedEvenByALittleIsOffTrack() {
        assertThat(PlanProgress.of(new BigDecimal("195"), HUNDRED_DAYS, AFTER_DEADLINE).status()).isEqualTo(PlanStatus.OFF_TRACK);
        assertThat(PlanProgress.of(new BigDecimal("200"), HUNDRED_DAYS, AFTER_DEADLINE).status()).isEqualTo(PlanStatus.ON_TRACK);
    }
}
