package org.recoverytracker.aggregation.rebuild;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.recoverytracker.contracts.rebuild.RebuildProgressReported;
import org.recoverytracker.contracts.rebuild.RecoveryProject;
import org.recoverytracker.contracts.rebuild.RecoveryTarget;
import org.recoverytracker.contracts.rebuild.TargetProgressReported;

/** Writes the rebuild read model; every write is a no-op (false) when a later version of the row is held. */
@Singleton
final class RebuildStore {
    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    RebuildStore(JdbcOperations jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    boolean project(UUID projectId, int version, RecoveryProject project, LocalDate boundaryVersion) {
        return write("""
                INSERT INTO rebuild_project (project_id, version, disaster_id, area_code, boundary_version, content)
                VALUES (?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (project_id) DO UPDATE SET version = EXCLUDED.version, disaster_id = EXCLUDED.disaster_id,
                    area_code = EXCLUDED.area_code, boundary_version = EXCLUDED.boundary_version, content = EXCLUDED.content
                WHERE rebuild_project.version < EXCLUDED.version""",
                projectId, version, project.disasterId(), project.areaCode(), boundaryVersion, text(project));
    }

    boolean target(UUID targetId, int version, RecoveryTarget target, LocalDate boundaryVersion) {
        return write("""
                INSERT INTO rebuild_target (target_id, version, disaster_id, area_code, boundary_version, content)
                VALUES (?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (target_id) DO UPDATE SET version = EXCLUDED.version, disaster_id = EXCLUDED.disaster_id,
                    area_code = EXCLUDED.area_code, boundary_version = EXCLUDED.boundary_version, content = EXCLUDED.content
                WHERE rebuild_target.version < EXCLUDED.version""",
                targetId, version, target.disasterId(), target.areaCode(), boundaryVersion, text(target));
    }

    boolean progress(RebuildProgressReported p) {
        return write("""
                INSERT INTO rebuild_progress (update_id, project_id, version, as_of, reported_at, completed_quantity,
                                              disbursed_vnd, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (update_id) DO UPDATE SET version = EXCLUDED.version, as_of = EXCLUDED.as_of,
                    reported_at = EXCLUDED.reported_at, completed_quantity = EXCLUDED.completed_quantity,
                    disbursed_vnd = EXCLUDED.disbursed_vnd, status = EXCLUDED.status
                WHERE rebuild_progress.version < EXCLUDED.version""",
                p.updateId(), p.projectId(), p.version(), p.asOf(), p.reportedAt(), p.completedQuantity(),
                p.disbursedVnd(), p.status().name());
    }

    boolean targetProgress(TargetProgressReported p) {
        return write("""
                INSERT INTO rebuild_target_progress (update_id, target_id, version, as_of, reported_at, achieved_value)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (update_id) DO UPDATE SET version = EXCLUDED.version, as_of = EXCLUDED.as_of,
                    reported_at = EXCLUDED.reported_at, achieved_value = EXCLUDED.achieved_value
                WHERE rebuild_target_progress.version < EXCLUDED.version""",
                p.updateId(), p.targetId(), p.version(), p.asOf(), p.reportedAt(), p.achievedValue());
    }

    boolean hasProject(UUID projectId) {
        return exists("SELECT 1 FROM rebuild_project WHERE project_id = ?", projectId);
    }

    boolean hasTarget(UUID targetId) {
        return exists("SELECT 1 FROM rebuild_target WHERE target_id = ?", targetId);
    }

    private boolean write(String sql, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, switch (parameters[i]) {
                    case Instant time -> Timestamp.from(time);
                    case LocalDate date -> Date.valueOf(date);
                    case null -> null;
                    default -> parameters[i];
                });
            }
            return statement.executeUpdate() == 1;
        });
    }

    private boolean exists(String sql, UUID id) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        });
    }

    private String text(Object content) {
        try {
            return json.writeValueAsString(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
