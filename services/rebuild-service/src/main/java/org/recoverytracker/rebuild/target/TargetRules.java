package org.recoverytracker.rebuild.target;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.recoverytracker.contracts.rebuild.MeasureMethod;
import org.recoverytracker.contracts.rebuild.Sector;
import org.recoverytracker.rebuild.rules.Checks;
import org.recoverytracker.rebuild.rules.RuleChecks;

/**
 * What a well-formed target must also satisfy: an area valid on its start date, a deadline after the start, a
 * positive planned value (whole unless the unit is a measure or %), a known measure (summing projects needs their sector; a disbursement ratio is in % up to
 * 100) and milestones strictly inside the schedule, in date order, never falling and never above the planned value.
 */
@Singleton
class TargetRules {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RuleChecks checks;

    TargetRules(RuleChecks checks) {
        this.checks = checks;
    }

    void check(TargetRequest target) {
        MeasureMethod method = Checks.named(MeasureMethod.class, target.measure().method()).orElse(null);
        Checks found = checks.start()
                .areaValidOn("areaCode", target.areaCode(), target.startDate())
                .that(target.deadline().isAfter(target.startDate()), "deadline", "must be after startDate " + target.startDate())
                .that(target.plannedValue().signum() > 0, "plannedValue", "must be positive")
                .quantity("plannedValue", target.plannedValue(), target.unit())
                .oneOf("measure.method", MeasureMethod.class, target.measure().method())
                .that(target.measure().sector() == null || Checks.named(Sector.class, target.measure().sector()).isPresent(),
                        "measure.sector", "unknown sector " + target.measure().sector())
                .that(method != MeasureMethod.PROJECT_QUANTITY || target.measure().sector() != null, "measure.sector",
                        "a target summing projects' completed quantity names their sector")
                .that(method != MeasureMethod.DISBURSEMENT_RATIO || Checks.PERCENT.equals(target.unit().strip()), "unit",
                        "a disbursement ratio is in %")
                .that(method != MeasureMethod.DISBURSEMENT_RATIO || target.plannedValue().compareTo(HUNDRED) <= 0,
                        "plannedValue", "a disbursement ratio is at most 100 %");
        milestones(found, target);
        found.orRefuse();
    }

    private static void milestones(Checks checks, TargetRequest target) {
        List<MilestoneRequest> milestones = target.schedule();
        LocalDate previousDate = target.startDate();
        BigDecimal previousValue = BigDecimal.ZERO;
        for (int i = 0; i < milestones.size(); i++) {
            MilestoneRequest milestone = milestones.get(i);
            String field = "milestones[" + i + "]";
            checks.quantity(field + ".value", milestone.value(), target.unit())
                    .that(milestone.date().isAfter(previousDate) && milestone.date().isBefore(target.deadline()), field + ".date",
                            "must fall after " + previousDate + " and before the deadline " + target.deadline())
                    .that(milestone.value().compareTo(previousValue) >= 0
                                    && milestone.value().compareTo(target.plannedValue()) <= 0, field + ".value",
                            "must lie between " + previousValue.toPlainString() + " and the planned value "
                                    + target.plannedValue().toPlainString());
            previousDate = milestone.date();
            previousValue = milestone.value();
        }
    }
}
