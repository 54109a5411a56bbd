package org.recoverytracker.rebuild.project;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.recoverytracker.rebuild.versioning.Documents;

@Singleton
class ProjectDocuments extends Documents<ProjectRequest> {
    ProjectDocuments(JdbcOperations jdbc, ObjectMapper json) {
        super(jdbc, json, "recovery_project", ProjectRequest.class);
    }
}
