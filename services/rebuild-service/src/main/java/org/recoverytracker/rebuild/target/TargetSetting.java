package org.recoverytracker.rebuild.target;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.recoverytracker.contracts.rebuild.RebuildEvent;
import org.recoverytracker.contracts.rebuild.RecoveryTarget;
import org.recoverytracker.contracts.rebuild.RecoveryTargetAmended;
import org.recoverytracker.contracts.rebuild.RecoveryTargetSet;
import org.recoverytracker.rebuild.versioning.DocumentPage;
import org.recoverytracker.rebuild.versioning.Documents.Filter;
import org.recoverytracker.rebuild.versioning.Registering;
import org.recoverytracker.rebuild.versioning.VersionedIntake;
import org.recoverytracker.rebuild.versioning.VersionedIntake.Change;

/** Setting a recovery target and amending it (If-Match): each version stored with its event. */
@Singleton
public class TargetSetting extends Registering<TargetRequest> {
    static final String WHAT = "target";

    private final TargetRules rules;

    TargetSetting(TargetDocuments targets, TargetRules rules, VersionedIntake intake) {
        super(targets, intake, WHAT);
        this.rules = rules;
    }

    @Override
    protected void check(TargetRequest target) {
        rules.check(target);
    }

    @Override
    protected RebuildEvent event(Change<TargetRequest> change) {
        RecoveryTarget target = change.content().toTarget();
        return change.first()
                ? new RecoveryTargetSet(UUID.randomUUID(), change.at(), change.id(), 1, target, change.user(), change.at())
                : new RecoveryTargetAmended(UUID.randomUUID(), change.at(), change.id(), change.version(),
                        change.replacesVersion(), target, change.user(), change.at());
    }

    @ReadOnly
    public DocumentPage<TargetRequest> search(@Nullable String areaCode, @Nullable String unitCode, int page, int size) {
        return page(List.of(new Filter("area_code", areaCode), new Filter("unit_code", unitCode)), page, size);
    }
}
