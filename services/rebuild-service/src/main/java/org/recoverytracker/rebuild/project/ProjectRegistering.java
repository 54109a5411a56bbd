package org.recoverytracker.rebuild.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.recoverytracker.contracts.rebuild.RebuildEvent;
import org.recoverytracker.contracts.rebuild.RecoveryProject;
import org.recoverytracker.contracts.rebuild.RecoveryProjectAmended;
import org.recoverytracker.contracts.rebuild.RecoveryProjectRegistered;
import org.recoverytracker.rebuild.versioning.DocumentPage;
import org.recoverytracker.rebuild.versioning.Documents.Filter;
import org.recoverytracker.rebuild.versioning.Registering;
import org.recoverytracker.rebuild.versioning.VersionedIntake;
import org.recoverytracker.rebuild.versioning.VersionedIntake.Change;

/** Registering a recovery project and amending it (If-Match): each version stored with its event. */
@Singleton
public class ProjectRegistering extends Registering<ProjectRequest> {
    static final String WHAT = "project";

    private final ProjectRules rules;

    ProjectRegistering(ProjectDocuments projects, ProjectRules rules, VersionedIntake intake) {
        super(projects, intake, WHAT);
        this.rules = rules;
    }

    @Override
    protected void check(ProjectRequest project) {
        rules.check(project);
    }

    @Override
    protected RebuildEvent event(Change<ProjectRequest> change) {
        RecoveryProject project = change.content().toProject();
        return change.first()
                ? new RecoveryProjectRegistered(UUID.randomUUID(), change.at(), change.id(), 1, project, change.user(), change.at())
                : new RecoveryProjectAmended(UUID.randomUUID(), change.at(), change.id(), change.version(),
                        change.replacesVersion(), project, change.user(), change.at());
    }

    @ReadOnly
    public DocumentPage<ProjectRequest> search(@Nullable String disasterId, @Nullable String areaCode,
                                               @Nullable String unitCode, int page, int size) {
        return page(List.of(new Filter("disaster_id", disasterId), new Filter("area_code", areaCode),
                new Filter("unit_code", unitCode)), page, size);
    }
}
