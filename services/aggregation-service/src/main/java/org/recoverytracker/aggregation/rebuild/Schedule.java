package org.recoverytracker.aggregation.rebuild;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.recoverytracker.contracts.area.Gazetteer;
import org.recoverytracker.contracts.rebuild.Milestone;

/**
 * A planned schedule: nothing expected before the start of {@code start}, {@code planned} by the end of {@code end}
 * (both local dates in Vietnam, inclusive), rising linearly in between, or linearly from milestone to milestone when
 * there are any (each milestone's value is due by the end of its date).
 */
record Schedule(LocalDate start, LocalDate end, BigDecimal planned, List<Milestone> milestones) {

    static Schedule linear(LocalDate start, LocalDate end, BigDecimal planned) {
        return new Schedule(start, end, planned, List.of());
    }

    /** What should be achieved at {@code at}. */
    BigDecimal expectedAt(Instant at) {
        List<Point> points = new ArrayList<>();
        points.add(new Point(startOf(start), BigDecimal.ZERO));
        milestones.forEach(m -> points.add(new Point(startOf(m.date().plusDays(1)), m.value())));
        points.add(new Point(startOf(end.plusDays(1)), planned));
        if (!at.isAfter(points.getFirst().at())) {
            return BigDecimal.ZERO;
        }
        for (int i = 1; i < points.size(); i++) {
            Point from = points.get(i - 1);
            Point to = points.get(i);
            if (at.isBefore(to.at())) {
                BigDecimal elapsed = BigDecimal.valueOf(Duration.between(from.at(), at).toSeconds());
                BigDecimal span = BigDecimal.valueOf(Duration.between(from.at(), to.at()).toSeconds());
                return from.value().add(to.value().subtract(from.value()).multiply(elapsed).divide(span, MathContext.DECIMAL64));
            }
        }
        return planned;
    }

    /** Whether {@code at} is past the end of the schedule. */
    boolean isOverAt(Instant at) {
        return !at.isBefore(startOf(end.plusDays(1)));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Gazetteer.ZONE).toInstant();
    }

    private record Point(Instant at, BigDecimal value) {
    }
}
