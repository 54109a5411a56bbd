package org.recoverytracker.aggregation.rebuild;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recoverytracker.aggregation.rebuild.LaggingUnitsAnswer.ProjectLine;
import org.recoverytracker.aggregation.rebuild.LaggingUnitsAnswer.UnitLine;
import org.recoverytracker.contracts.rebuild.ResponsibleUnit;

/**
 * Ranks responsible units by achievement against plan, worst first: lowest percent of plan, then the most lagging
 * projects, then code; units with nothing expected yet come last. A unit's percent of plan sums its projects'
 * completed and expected shares of their own targets, so a unit is not judged by its biggest project alone.
 */
final class UnitRanking {
    static final Comparator<ProjectLine> WORST_PROJECT_FIRST = Comparator
            .comparing((ProjectLine p) -> p.progress().percentOfPlan(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ProjectLine::title)
            .thenComparing(ProjectLine::projectId);
    private static final Comparator<UnitLine> WORST_UNIT_FIRST = Comparator
            .comparing(UnitLine::percentOfPlan, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(UnitLine::laggingProjects, Comparator.reverseOrder())
            .thenComparing(UnitLine::code);

    private UnitRanking() {
    }

    /** One project of a unit. */
    record UnitProject(ResponsibleUnit unit, ProjectLine line) {
    }

    static List<UnitLine> rank(List<UnitProject> projects) {
        Map<String, List<UnitProject>> byUnit = new LinkedHashMap<>();
        projects.forEach(p -> byUnit.computeIfAbsent(p.unit().code(), code -> new ArrayList<>()).add(p));
        List<UnitLine> units = byUnit.values().stream().map(UnitRanking::unit).sorted(WORST_UNIT_FIRST).toList();
        List<UnitLine> ranked = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            UnitLine u = units.get(i);
            ranked.add(new UnitLine(i + 1, u.code(), u.name(), u.percentOfPlan(), u.status(), u.laggingProjects(), u.projects()));
        }
        return ranked;
    }

    private static UnitLine unit(List<UnitProject> projects) {
        BigDecimal achieved = BigDecimal.ZERO;
        BigDecimal expected = BigDecimal.ZERO;
        for (UnitProject p : projects) {
            achieved = achieved.add(p.line().progress().achieved().divide(p.line().target(), MathContext.DECIMAL64));
            expected = expected.add(p.line().progress().expected().divide(p.line().target(), MathContext.DECIMAL64));
        }
        BigDecimal percentOfPlan = PlanProgress.percent(achieved, expected);
        List<ProjectLine> lines = projects.stream().map(UnitProject::line).sorted(WORST_PROJECT_FIRST).toList();
        ResponsibleUnit unit = projects.getFirst().unit();
        return new UnitLine(0, unit.code(), unit.name(), percentOfPlan, PlanStatus.of(percentOfPlan, false),
                (int) lines.stream().filter(ProjectLine::lagging).count(), lines);
    }
}
