package org.recoverytracker.rebuild.target;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.recoverytracker.rebuild.versioning.Documents;

@Singleton
class TargetProgressDocuments extends Documents<TargetProgressRequest> {
    TargetProgressDocuments(JdbcOperations jdbc, ObjectMapper json) {
        super(jdbc, json, "target_progress", TargetProgressRequest.class);
    }
}
