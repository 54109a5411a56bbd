package org.recoverytracker.rebuild.project;

import jakarta.inject.Singleton;
import org.recoverytracker.contracts.rebuild.Sector;
import org.recoverytracker.rebuild.rules.RuleChecks;

/**
 * What a well-formed project must also satisfy: a PDNA sector, an area code valid on its planned start, a schedule
 * that ends no earlier than it starts, a positive target counted in whole things unless its unit is a measure, and a
 * budget in whole VND. All failures at once, each naming its field.
 */
@Singleton
class ProjectRules {
    private final RuleChecks checks;

    ProjectRules(RuleChecks checks) {
        this.checks = checks;
    }

    void check(ProjectRequest project) {
        checks.start()
                .oneOf("sector", Sector.class, project.sector())
                .areaValidOn("areaCode", project.areaCode(), project.plannedStart())
                .that(!project.plannedEnd().isBefore(project.plannedStart()), "plannedEnd",
                        "is before plannedStart " + project.plannedStart())
                .that(project.target().quantity().signum() > 0, "target.quantity", "must be positive")
                .quantity("target.quantity", project.target().quantity(), project.target().unit())
                .wholeVnd("budgetVnd", project.budgetVnd())
                .orRefuse();
    }
}
