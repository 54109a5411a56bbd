package org.recoverytracker.aggregation.rebuild;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.recoverytracker.contracts.rebuild.ProjectStatus;
import org.recoverytracker.contracts.rebuild.RecoveryProject;
import org.recoverytracker.contracts.rebuild.RecoveryTarget;

/**
 * Reads projects and targets as they stood at a time. The standing update is the latest {@code as_of} at or before
 * that time; a tie goes to the one recorded last, then to the larger update id, so the answer never depends on the
 * order events arrived in.
 */
@Singleton
final class RebuildReads {
    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    RebuildReads(JdbcOperations jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<ProjectState> projects(@Nullable String disasterId, Instant at) {
        return jdbc.prepareStatement("""
                SELECT p.project_id, p.boundary_version, p.content::text AS content, s.completed_quantity, s.disbursed_vnd,
                       s.status, s.as_of
                FROM rebuild_project p
                LEFT JOIN LATERAL (
                    SELECT u.completed_quantity, u.disbursed_vnd, u.status, u.as_of FROM rebuild_progress u
                    WHERE u.project_id = p.project_id AND u.as_of <= ?
                    ORDER BY u.as_of DESC, u.reported_at DESC, u.update_id DESC LIMIT 1) s ON true
                WHERE (?::text IS NULL OR p.disaster_id = ?)
                ORDER BY p.project_id""", statement -> {
            bind(statement, at, disasterId);
            List<ProjectState> projects = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    boolean reported = rows.getString("status") != null;
                    projects.add(new ProjectState(rows.getObject("project_id", UUID.class),
                            read(rows.getString("content"), RecoveryProject.class), rows.getDate("boundary_version").toLocalDate(),
                            reported ? rows.getBigDecimal("completed_quantity") : BigDecimal.ZERO,
                            reported ? rows.getLong("disbursed_vnd") : 0L,
                            reported ? ProjectStatus.valueOf(rows.getString("status")) : ProjectStatus.NOT_STARTED,
                            instant(rows.getTimestamp("as_of"))));
                }
            }
            return projects;
        });
    }

    List<TargetState> targets(@Nullable String disasterId, Instant at) {
        return jdbc.prepareStatement("""
                SELECT t.target_id, t.boundary_version, t.content::text AS content, s.achieved_value, s.as_of
                FROM rebuild_target t
                LEFT JOIN LATERAL (
                    SELECT u.achieved_value, u.as_of FROM rebuild_target_progress u
                    WHERE u.target_id = t.target_id AND u.as_of <= ?
                    ORDER BY u.as_of DESC, u.reported_at DESC, u.update_id DESC LIMIT 1) s ON true
                WHERE (?::text IS NULL OR t.disaster_id = ?)
                ORDER BY t.target_id""", statement -> {
            bind(statement, at, disasterId);
            List<TargetState> targets = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    targets.add(new TargetState(rows.getObject("target_id", UUID.class),
                            read(rows.getString("content"), RecoveryTarget.class), rows.getDate("boundary_version").toLocalDate(),
                            rows.getBigDecimal("achieved_value"), instant(rows.getTimestamp("as_of"))));
                }
            }
            return targets;
        });
    }

    /** Whether any project or target names the disaster. */
    boolean knows(String disasterId) {
        return jdbc.prepareStatement("""
                SELECT EXISTS (SELECT 1 FROM rebuild_project WHERE disaster_id = ?)
                    OR EXISTS (SELECT 1 FROM rebuild_target WHERE disaster_id = ?)""", statement -> {
            statement.setString(1, disasterId);
            statement.setString(2, disasterId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        });
    }

    private static void bind(PreparedStatement statement, Instant at, @Nullable String disasterId) throws SQLException {
        statement.setTimestamp(1, Timestamp.from(at));
        statement.setString(2, disasterId);
        statement.setString(3, disasterId);
    }

    @Nullable
    private static Instant instant(@Nullable Timestamp time) {
        return time == null ? null : time.toInstant();
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
