package org.recoverytracker.aggregation.rebuild;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.UUID;
import org.recoverytracker.aggregation.ingest.Projection;
import org.recoverytracker.aggregation.ingest.UnapplicableEvent;
import org.recoverytracker.contracts.area.Area;
import org.recoverytracker.contracts.area.Gazetteer;
import org.recoverytracker.contracts.rebuild.RebuildEvent;
import org.recoverytracker.contracts.rebuild.RebuildProgressReported;
import org.recoverytracker.contracts.rebuild.RecoveryProject;
import org.recoverytracker.contracts.rebuild.RecoveryProjectAmended;
import org.recoverytracker.contracts.rebuild.RecoveryProjectRegistered;
import org.recoverytracker.contracts.rebuild.RecoveryTarget;
import org.recoverytracker.contracts.rebuild.RecoveryTargetAmended;
import org.recoverytracker.contracts.rebuild.RecoveryTargetSet;
import org.recoverytracker.contracts.rebuild.TargetProgressReported;

/**
 * Keeps each project's and target's current version and every progress update (each update at its latest version).
 * Versions only move forward: an event older than what is held changes nothing. Progress for a project or target
 * never registered, or an area code not valid on the item's own start date, can never apply: dead-lettered.
 */
@Singleton
final class RebuildProjection implements Projection<RebuildEvent> {
    private final RebuildStore store;
    private final Gazetteer gazetteer;
    private final ApplicationEventPublisher<RebuildTotalsChanged> changes;

    RebuildProjection(RebuildStore store, Gazetteer gazetteer, ApplicationEventPublisher<RebuildTotalsChanged> changes) {
        this.store = store;
        this.gazetteer = gazetteer;
        this.changes = changes;
    }

    @Override
    public Class<RebuildEvent> events() {
        return RebuildEvent.class;
    }

    @Override
    public Outcome apply(RebuildEvent event) {
        boolean changed = switch (event) {
            case RecoveryProjectRegistered registered -> project(registered.projectId(), registered.version(), registered.project());
            case RecoveryProjectAmended amended -> project(amended.projectId(), amended.version(), amended.project());
            case RebuildProgressReported progress -> {
                known(store.hasProject(progress.projectId()), "project", progress.projectId());
                yield store.progress(progress);
            }
            case RecoveryTargetSet set -> target(set.targetId(), set.version(), set.target());
            case RecoveryTargetAmended amended -> target(amended.targetId(), amended.version(), amended.target());
            case TargetProgressReported progress -> {
                known(store.hasTarget(progress.targetId()), "target", progress.targetId());
                yield store.targetProgress(progress);
            }
        };
        if (changed) {
            changes.publishEvent(new RebuildTotalsChanged(switch (event) {
                case RecoveryProjectRegistered registered -> registered.project().disasterId();
                case RecoveryProjectAmended amended -> null;
                case RecoveryTargetSet set -> set.target().disasterId();
                case RecoveryTargetAmended amended -> null;
                case RebuildProgressReported progress -> null;
                case TargetProgressReported progress -> null;
            }));
        }
        return changed ? Outcome.APPLIED : Outcome.IGNORED;
    }

    private boolean project(UUID projectId, int version, RecoveryProject project) {
        Area area = areaOn(project.areaCode(), project.plannedStart());
        return store.project(projectId, version, project, area.validFrom());
    }

    private boolean target(UUID targetId, int version, RecoveryTarget target) {
        Area area = areaOn(target.areaCode(), target.startDate());
        return store.target(targetId, version, target, area.validFrom());
    }

    private Area areaOn(String code, LocalDate date) {
        return gazetteer.find(code, date).orElseThrow(() ->
                new UnapplicableEvent("area " + code + " is not a valid code on " + date));
    }

    private static void known(boolean known, String what, UUID id) {
        if (!known) {
            throw new UnapplicableEvent("progress of " + what + " " + id + ", which was never registered");
        }
    }
}
