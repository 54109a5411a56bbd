package org.recoverytracker.aggregation.damage;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the damage read model: one row per report (its current version) and that version's figures. Reads and
 * writes whole batches: a few statements per batch of events, not a few per event.
 */
@Singleton
final class DamageReports {
    private final JdbcOperations jdbc;

    DamageReports(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The reports among {@code reportIds} held now, locked until the batch commits (in id order: no deadlocks). */
    Map<UUID, StoredReport> current(Collection<UUID> reportIds) {
        Map<UUID, StoredReport> found = new HashMap<>();
        if (reportIds.isEmpty()) {
            return found;
        }
        return jdbc.prepareStatement("""
                SELECT report_id, version, content_version, status, disaster_id, area_code, boundary_version, submitted_at
                FROM damage_report WHERE report_id = ANY (?) ORDER BY report_id FOR UPDATE""", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("uuid", reportIds.toArray()));
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getObject(1, UUID.class), new StoredReport(rows.getInt(2), rows.getInt(3),
                            ReportStatus.valueOf(rows.getString(4)), rows.getString(5), rows.getString(6),
                            rows.getDate(7).toLocalDate(), rows.getTimestamp(8).toInstant()));
                }
            }
            return found;
        });
    }

    /**
     * Writes what a batch changed, per report: a new current version (its row, its status, and its figures replacing
     * all of the previous version's), or only a decision (status and version).
     */
    void write(Collection<Change> changes) {
        List<Change> contents = changes.stream().filter(change -> change.content() != null).toList();
        List<Change> decisions = changes.stream().filter(change -> change.content() == null).toList();
        if (!contents.isEmpty()) {
            jdbc.prepareStatement("""
                    INSERT INTO damage_report (report_id, version, content_version, status, disaster_id, area_code,
                                               boundary_version, source, report_type, as_of, submitted_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (report_id) DO UPDATE SET
                        version = EXCLUDED.version, content_version = EXCLUDED.content_version,
                        status = EXCLUDED.status, disaster_id = EXCLUDED.disaster_id,
                        area_code = EXCLUDED.area_code, boundary_version = EXCLUDED.boundary_version,
                        source = EXCLUDED.source, report_type = EXCLUDED.report_type, as_of = EXCLUDED.as_of,
                        submitted_at = EXCLUDED.submitted_at""", statement -> {
                for (Change change : contents) {
                    ReportContent content = change.content();
                    statement.setObject(1, content.reportId());
                    statement.setInt(2, change.version());
                    statement.setInt(3, content.version());
                    statement.setString(4, change.status().name());
                    statement.setString(5, content.disasterId());
                    statement.setString(6, content.areaCode());
                    statement.setDate(7, Date.valueOf(content.boundaryVersion()));
                    statement.setString(8, content.source().name());
                    statement.setString(9, content.reportType().name());
                    statement.setTimestamp(10, Timestamp.from(content.asOf()));
                    statement.setTimestamp(11, Timestamp.from(content.submittedAt()));
                    statement.addBatch();
                }
                return statement.executeBatch();
            });
            List<UUID> replaced = contents.stream().filter(Change::existed).map(Change::reportId).toList();
            if (!replaced.isEmpty()) {
                jdbc.prepareStatement("DELETE FROM damage_figure WHERE report_id = ANY (?)", statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("uuid", replaced.toArray()));
                    return statement.executeUpdate();
                });
            }
            jdbc.prepareStatement("INSERT INTO damage_figure (report_id, indicator, value) VALUES (?, ?, ?)", statement -> {
                for (Change change : contents) {
                    addFigures(statement, change.reportId(), change.content().figures());
                }
                return statement.executeBatch();
            });
        }
        if (!decisions.isEmpty()) {
            jdbc.prepareStatement("UPDATE damage_report SET status = ?, version = ? WHERE report_id = ?", statement -> {
                for (Change change : decisions) {
                    statement.setString(1, change.status().name());
                    statement.setInt(2, change.version());
                    statement.setObject(3, change.reportId());
                    statement.addBatch();
                }
                return statement.executeBatch();
            });
        }
    }

    private static void addFigures(PreparedStatement statement, UUID reportId, Map<String, BigDecimal> figures)
            throws SQLException {
        for (Map.Entry<String, BigDecimal> figure : figures.entrySet()) {
            statement.setObject(1, reportId);
            statement.setString(2, figure.getKey());
            statement.setBigDecimal(3, figure.getValue());
            statement.addBatch();
        }
    }

    /**
     * What the projection needs to know of a report before applying an event to it: {@code version} of the latest event
     * taken in (a decision or new content) with the {@code status} it left, {@code contentVersion} of the content shown.
     */
    record StoredReport(int version, int contentVersion, ReportStatus status, String disasterId, String areaCode,
                        LocalDate boundaryVersion, Instant submittedAt) {
    }

    /**
     * A report's state at the end of a batch: a new {@code content} (then {@code existed} says whether an earlier
     * version's figures must go) with the version and status of the latest event taken in, or (content null) only a
     * decision: its version and status, the content unchanged.
     */
    record Change(UUID reportId, boolean existed, ReportContent content, int version, ReportStatus status) {
    }
}
