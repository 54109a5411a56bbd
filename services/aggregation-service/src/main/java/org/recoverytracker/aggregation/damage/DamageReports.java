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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Writes the damage read model: one row per report (its current version) and that version's figures. */
@Singleton
final class DamageReports {
    private final JdbcOperations jdbc;

    DamageReports(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The report as held now, locked until the batch commits. */
    Optional<StoredReport> current(UUID reportId) {
        return jdbc.prepareStatement("""
                SELECT version, content_version, disaster_id, area_code, boundary_version, submitted_at FROM damage_report
                WHERE report_id = ? FOR UPDATE""", statement -> {
            statement.setObject(1, reportId);
            try (var rows = statement.executeQuery()) {
                return rows.next()
                        ? Optional.of(new StoredReport(rows.getInt(1), rows.getInt(2), rows.getString(3), rows.getString(4),
                        rows.getDate(5).toLocalDate(), rows.getTimestamp(6).toInstant()))
                        : Optional.empty();
            }
        });
    }

    /**
     * Makes {@code content} the report's content: its figures replace all of the previous version's. When a decision
     * with a later version is already held (it reached the topic first), the report keeps that decision's version and
     * status: the decision was taken on this content or on a later one.
     */
    void store(ReportContent content) {
        jdbc.prepareStatement("""
                INSERT INTO damage_report (report_id, version, content_version, status, disaster_id, area_code,
                                           boundary_version, source, report_type, as_of, submitted_at)
                VALUES (?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (report_id) DO UPDATE SET
                    version = GREATEST(damage_report.version, EXCLUDED.version),
                    status = CASE WHEN damage_report.version < EXCLUDED.version THEN EXCLUDED.status
                                  ELSE damage_report.status END,
                    content_version = EXCLUDED.content_version, disaster_id = EXCLUDED.disaster_id,
                    area_code = EXCLUDED.area_code, boundary_version = EXCLUDED.boundary_version,
                    source = EXCLUDED.source, report_type = EXCLUDED.report_type, as_of = EXCLUDED.as_of,
                    submitted_at = EXCLUDED.submitted_at""",
                statement -> {
                    statement.setObject(1, content.reportId());
                    statement.setInt(2, content.version());
                    statement.setInt(3, content.version());
                    statement.setString(4, content.disasterId());
                    statement.setString(5, content.areaCode());
                    statement.setDate(6, Date.valueOf(content.boundaryVersion()));
                    statement.setString(7, content.source().name());
                    statement.setString(8, content.reportType().name());
                    statement.setTimestamp(9, Timestamp.from(content.asOf()));
                    statement.setTimestamp(10, Timestamp.from(content.submittedAt()));
                    return statement.executeUpdate();
                });
        jdbc.prepareStatement("DELETE FROM damage_figure WHERE report_id = ?", statement -> {
            statement.setObject(1, content.reportId());
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("INSERT INTO damage_figure (report_id, indicator, value) VALUES (?, ?, ?)",
                statement -> insertFigures(statement, content.reportId(), content.figures()));
    }

    /** Records a coordinator's decision; the decision's version becomes the report's version, its content stays. */
    void decide(UUID reportId, int version, ReportStatus status) {
        jdbc.prepareStatement("UPDATE damage_report SET status = ?, version = ? WHERE report_id = ?", statement -> {
            statement.setString(1, status.name());
            statement.setInt(2, version);
            statement.setObject(3, reportId);
            return statement.executeUpdate();
        });
    }

    private static int[] insertFigures(PreparedStatement statement, UUID reportId, Map<String, BigDecimal> figures)
            throws SQLException {
        for (Map.Entry<String, BigDecimal> figure : figures.entrySet()) {
            statement.setObject(1, reportId);
            statement.setString(2, figure.getKey());
            statement.setBigDecimal(3, figure.getValue());
            statement.addBatch();
        }
        return statement.executeBatch();
    }

    /**
     * What the projection needs to know of a report before applying an event to it: {@code version} of the latest event
     * taken in (a decision or new content), {@code contentVersion} of the content shown.
     */
    record StoredReport(int version, int contentVersion, String disasterId, String areaCode, LocalDate boundaryVersion,
                        Instant submittedAt) {
    }
}
