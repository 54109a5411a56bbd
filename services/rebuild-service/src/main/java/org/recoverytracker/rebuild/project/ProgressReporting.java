package org.recoverytracker.rebuild.project;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.recoverytracker.contracts.rebuild.ProjectStatus;
import org.recoverytracker.contracts.rebuild.RebuildProgressReported;
import org.recoverytracker.intake.security.Actors;
import org.recoverytracker.intake.security.AreaScope;
import org.recoverytracker.rebuild.rules.Checks;
import org.recoverytracker.rebuild.versioning.Document;
import org.recoverytracker.rebuild.versioning.VersionedIntake;
import org.recoverytracker.rebuild.versioning.VersionedIntake.Outcome;
import org.recoverytracker.rebuild.versioning.VersionedIntake.Write;

/**
 * Reporting a project's cumulative progress. Each update is kept under its own id; a correction of one names its
 * version (If-Match). Which update stands for the project (the latest {@code asOf}) is the readers' rule.
 */
@Singleton
public class ProgressReporting {
    private final ProjectDocuments projects;
    private final ProgressDocuments updates;
    private final ProgressRules rules;
    private final VersionedIntake intake;
    private final AreaScope areaScope;

    ProgressReporting(ProjectDocuments projects, ProgressDocuments updates, ProgressRules rules, VersionedIntake intake,
                      AreaScope areaScope) {
        this.areaScope = areaScope;
        this.projects = projects;
        this.updates = updates;
        this.rules = rules;
        this.intake = intake;
    }

    /** Field staff report progress only on projects in an area inside their assignment. */
    @Transactional
    public Outcome report(UUID projectId, UUID updateId, ProgressRequest update, OptionalInt ifMatch, Authentication caller) {
        ProjectRequest project = projects.require(projectId, ProjectRegistering.WHAT).content();
        return intake.write(updates, new Write<>("progress update " + updateId, updateId, projectId, update, ifMatch,
                        Actors.name(caller)),
                u -> {
                    rules.check(u, project);
                    areaScope.require(caller, "projectId", project.areaCode(), u.asOf());
                },
                change -> new RebuildProgressReported(UUID.randomUUID(), change.content().asOf(), projectId,
                        change.version(), updateId, change.content().asOf(), change.content().completedQuantity(),
                        change.content().disbursedVnd().longValueExact(),
                        Checks.named(ProjectStatus.class, change.content().status()).orElseThrow(),
                        change.content().note(), change.user(), change.at()));
    }

    /** The project's updates, latest {@code asOf} first: the first one stands. */
    @ReadOnly
    public List<Document<ProgressRequest>> updates(UUID projectId) {
        projects.require(projectId, ProjectRegistering.WHAT);
        return updates.latestFirst(projectId, ProgressRequest::asOf);
    }
}
