package org.recoverytracker.rebuild.target;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.recoverytracker.contracts.rebuild.MeasureMethod;
import org.recoverytracker.contracts.rebuild.TargetProgressReported;
import org.recoverytracker.intake.problem.ProblemException;
import org.recoverytracker.intake.security.Actors;
import org.recoverytracker.intake.security.AreaScope;
import org.recoverytracker.rebuild.rules.Checks;
import org.recoverytracker.rebuild.rules.RuleChecks;
import org.recoverytracker.rebuild.versioning.Document;
import org.recoverytracker.rebuild.versioning.VersionedIntake;
import org.recoverytracker.rebuild.versioning.VersionedIntake.Outcome;
import org.recoverytracker.rebuild.versioning.VersionedIntake.Write;

/**
 * Reporting a directly measured target's achieved value. Only a REPORTED target takes updates: the others are
 * measured from their projects, and a second, hand-typed figure would contradict them (409).
 */
@Singleton
public class TargetProgressReporting {
    private final TargetDocuments targets;
    private final TargetProgressDocuments updates;
    private final RuleChecks checks;
    private final VersionedIntake intake;
    private final AreaScope areaScope;

    TargetProgressReporting(TargetDocuments targets, TargetProgressDocuments updates, RuleChecks checks,
                            VersionedIntake intake, AreaScope areaScope) {
        this.targets = targets;
        this.updates = updates;
        this.checks = checks;
        this.intake = intake;
        this.areaScope = areaScope;
    }

    /** Field staff report only on targets of an area inside their assignment, as for project progress. */
    @Transactional
    public Outcome report(UUID targetId, UUID updateId, TargetProgressRequest update, OptionalInt ifMatch,
                          Authentication caller) {
        TargetRequest target = targets.require(targetId, TargetSetting.WHAT).content();
        MeasureMethod method = Checks.named(MeasureMethod.class, target.measure().method()).orElseThrow();
        if (method != MeasureMethod.REPORTED) {
            throw ProblemException.conflict("target " + targetId + " is measured from its projects (" + method
                    + "); only REPORTED targets take progress updates");
        }
        return intake.write(updates, new Write<>("target progress update " + updateId, updateId, targetId, update, ifMatch,
                        Actors.name(caller)),
                u -> {
                    checks.start()
                            .notInFuture("asOf", u.asOf())
                            .quantity("achievedValue", u.achievedValue(), target.unit())
                            .orRefuse();
                    areaScope.require(caller, "targetId", target.areaCode(), u.asOf());
                },
                change -> new TargetProgressReported(UUID.randomUUID(), change.content().asOf(), targetId, change.version(),
                        updateId, change.content().asOf(), change.content().achievedValue(), change.content().note(),
                        change.user(), change.at()));
    }

    /** The target's updates, latest {@code asOf} first: the first one stands. */
    @ReadOnly
    public List<Document<TargetProgressRequest>> updates(UUID targetId) {
        targets.require(targetId, TargetSetting.WHAT);
        return updates.latestFirst(targetId, TargetProgressRequest::asOf);
    }
}
