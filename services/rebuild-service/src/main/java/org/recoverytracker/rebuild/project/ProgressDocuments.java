package org.recoverytracker.rebuild.project;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.recoverytracker.rebuild.versioning.Documents;

@Singleton
class ProgressDocuments extends Documents<ProgressRequest> {
    ProgressDocuments(JdbcOperations jdbc, ObjectMapper json) {
        super(jdbc, json, "project_progress", ProgressRequest.class);
    }
}
