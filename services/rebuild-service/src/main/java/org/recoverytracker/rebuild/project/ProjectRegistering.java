package org.recoverytracker.rebuild.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.recoverytracker.contracts.rebuild.RebuildEvent;
import org.recoverytracker.contracts.rebuild.RecoveryProject;
import org.recoverytracker.contracts.rebuild.RecoveryProjectAmended;
import org.recoverytracker.contracts.rebuild.RecoveryProjectRegistered;
import org.recoverytracker.rebuild.versioning.Document;
import org.recoverytracker.rebuild.versioning.DocumentPage;
import org.recoverytracker.rebuild.versioning.Documents.Filter;
import org.recoverytracker.rebuild.versioning.VersionedIntake;
import org.recoverytracker.rebuild.versioning.VersionedIntake.Change;
import org.recoverytracker.rebuild.versioning.VersionedIntake.Outcome;
import org.recoverytracker.rebuild.versioning.VersionedIntake.Write;

/** Registering a recovery project and amending it (If-Match): each version stored with its event. */
@Singleton
public class ProjectRegistering {
    static final String WHAT = "project";

    private final ProjectDocuments projects;
    private final ProjectRules rules;
    private final VersionedIntake intake;

    ProjectRegistering(ProjectDocuments projects, ProjectRules rules, VersionedIntake intake) {
        this.projects = projects;
        this.rules = rules;
        this.intake = intake;
    }

    public Outcome register(UUID projectId, ProjectRequest project, OptionalInt ifMatch, String user) {
        return intake.write(projects, new Write<>(WHAT + " " + projectId, projectId, null, project, ifMatch, user),
                rules::check, ProjectRegistering::event);
    }

    private static RebuildEvent event(Change<ProjectRequest> change) {
        RecoveryProject project = change.content().toProject();
        return change.first()
                ? new RecoveryProjectRegistered(UUID.randomUUID(), change.at(), change.id(), 1, project, change.user(), change.at())
                : new RecoveryProjectAmended(UUID.randomUUID(), change.at(), change.id(), change.version(),
                        change.replacesVersion(), project, change.user(), change.at());
    }

    @ReadOnly
    public Document<ProjectRequest> current(UUID projectId) {
        return projects.require(projectId, WHAT);
    }

    @ReadOnly
    public List<Document<ProjectRequest>> versions(UUID projectId) {
        return projects.requireVersions(projectId, WHAT);
    }

    @ReadOnly
    public DocumentPage<ProjectRequest> search(@Nullable String disasterId, @Nullable String areaCode,
                                               @Nullable String unitCode, int page, int size) {
        return projects.page(List.of(new Filter("disaster_id", disasterId), new Filter("area_code", areaCode),
                new Filter("unit_code", unitCode)), page, size);
    }
}
