package org.recoverytracker.aggregation.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.rebuild.Milestone;

class ScheduleTest {
    /** 100 days, 1 January to 10 April 2025 inclusive, Vietnam time. */
    private static final Schedule HUNDRED_DAYS = Schedule.linear(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 10),
            new BigDecimal("200"));

    private static Instant vietnamMidnight(int month, int day) {
        return LocalDate.of(2025, month, day).atStartOfDay(org.recoverytracker.contracts.area.Gazetteer.ZONE).toInstant();
    }

    @Test
    void halfwayThroughTheScheduleHalfThePlanIsExpected() {
        assertThat(HUNDRED_DAYS.expectedAt(vietnamMidnight(2, 20))).isEqualByComparingTo("100");
    }

    @Test
    void nothingIsExpectedBeforeTheStartAndAllOfItFromTheEndOfTheLastDay() {
        assertThat(HUNDRED_DAYS.expectedAt(vietnamMidnight(1, 1).minusSeconds(1))).isEqualByComparingTo("0");
        assertThat(HUNDRED_DAYS.expectedAt(vietnamMidnight(4, 10))).isLessThan(new BigDecimal("200"));
        assertThat(HUNDRED_DAYS.expectedAt(vietnamMidnight(4, 11))).isEqualByComparingTo("200");
        assertThat(HUNDRED_DAYS.isOverAt(vietnamMidnight(4, 11))).isTrue();
    }

    @Test
    void milestonesBendTheSchedule() {
        Schedule frontLoaded = new Schedule(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 10), new BigDecimal("200"),
                List.of(new Milestone(LocalDate.of(2025, 1, 20), new BigDecimal("150"))));

        assertThat(frontLoaded.expectedAt(vietnamMidnight(1, 11))).isEqualByComparingTo("75");
        assertThat(frontLoaded.expectedAt(vietnamMidnight(1, 21))).isEqualByComparingTo("150");
        assertThat(frontLoaded.expectedAt(vietnamMidnight(2, 20))).isGreaterThan(new BigDecimal("150")).isLessThan(new BigDecimal("200"));
    }
}
