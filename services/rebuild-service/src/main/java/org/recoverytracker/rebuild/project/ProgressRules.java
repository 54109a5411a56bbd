package org.recoverytracker.rebuild.project;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import org.recoverytracker.contracts.rebuild.ProjectStatus;
import org.recoverytracker.rebuild.rules.Checks;
import org.recoverytracker.rebuild.rules.RuleChecks;

/**
 * A progress update must be possible for its project: a known status, an {@code asOf} not in the future, a completed
 * quantity between nothing and the project's target (whole unless the unit is a measure) that agrees with the status
 * (nothing when not started, all when completed), and disbursement in whole VND. Spending beyond the budget is
 * accepted: an overrun is a fact coordinators must see, not a typing error.
 */
@Singleton
class ProgressRules {
    private final RuleChecks checks;

    ProgressRules(RuleChecks checks) {
        this.checks = checks;
    }

    void check(ProgressRequest update, ProjectRequest project) {
        BigDecimal target = project.target().quantity();
        BigDecimal completed = update.completedQuantity();
        ProjectStatus status = Checks.named(ProjectStatus.class, update.status()).orElse(null);
        checks.start()
                .oneOf("status", ProjectStatus.class, update.status())
                .notInFuture("asOf", update.asOf())
                .quantity("completedQuantity", completed, project.target().unit())
                .that(completed.compareTo(target) <= 0, "completedQuantity",
                        "exceeds the project's target of " + target.toPlainString() + " " + project.target().unit())
                .that(status != ProjectStatus.NOT_STARTED || completed.signum() == 0, "completedQuantity",
                        "a project that has not started has completed nothing")
                .that(status != ProjectStatus.COMPLETED || completed.compareTo(target) == 0, "completedQuantity",
                        "a completed project has completed its target of " + target.toPlainString())
                .wholeVnd("disbursedVnd", update.disbursedVnd())
                .orRefuse();
    }
}
