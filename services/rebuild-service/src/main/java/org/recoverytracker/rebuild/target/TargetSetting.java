package org.recoverytracker.rebuild.target;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.recoverytracker.contracts.rebuild.RebuildEvent;
import org.recoverytracker.contracts.rebuild.RecoveryTarget;
import org.recoverytracker.contracts.rebuild.RecoveryTargetAmended;
import org.recoverytracker.contracts.rebuild.RecoveryTargetSet;
import org.recoverytracker.rebuild.versioning.Document;
import org.recoverytracker.rebuild.versioning.DocumentPage;
import org.recoverytracker.rebuild.versioning.Documents.Filter;
import org.recoverytracker.rebuild.versioning.VersionedIntake;
import org.recoverytracker.rebuild.versioning.VersionedIntake.Change;
import org.recoverytracker.rebuild.versioning.VersionedIntake.Outcome;
import org.recoverytracker.rebuild.versioning.VersionedIntake.Write;

/** Setting a recovery target and amending it (If-Match): each version stored with its event. */
@Singleton
public class TargetSetting {
    static final String WHAT = "target";

    private final TargetDocuments targets;
    private final TargetRules rules;
    private final VersionedIntake intake;

    TargetSetting(TargetDocuments targets, TargetRules rules, VersionedIntake intake) {
        this.targets = targets;
        this.rules = rules;
        this.intake = intake;
    }

    public Outcome set(UUID targetId, TargetRequest target, OptionalInt ifMatch, String user) {
        return intake.write(targets, new Write<>(WHAT + " " + targetId, targetId, null, target, ifMatch, user),
                rules::check, TargetSetting::event);
    }

    private static RebuildEvent event(Change<TargetRequest> change) {
        RecoveryTarget target = change.content().toTarget();
        return change.first()
                ? new RecoveryTargetSet(UUID.randomUUID(), change.at(), change.id(), 1, target, change.user(), change.at())
                : new RecoveryTargetAmended(UUID.randomUUID(), change.at(), change.id(), change.version(),
                        change.replacesVersion(), target, change.user(), change.at());
    }

    @ReadOnly
    public Document<TargetRequest> current(UUID targetId) {
        return targets.require(targetId, WHAT);
    }

    @ReadOnly
    public List<Document<TargetRequest>> versions(UUID targetId) {
        return targets.requireVersions(targetId, WHAT);
    }

    @ReadOnly
    public DocumentPage<TargetRequest> search(@Nullable String areaCode, @Nullable String unitCode, int page, int size) {
        return targets.page(List.of(new Filter("area_code", areaCode), new Filter("unit_code", unitCode)), page, size);
    }
}
