package org.recoverytracker.rebuild.target;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.recoverytracker.rebuild.versioning.Documents;

@Singleton
class TargetDocuments extends Documents<TargetRequest> {
    TargetDocuments(JdbcOperations jdbc, ObjectMapper json) {
        super(jdbc, json, "recovery_target", TargetRequest.class);
    }
}
