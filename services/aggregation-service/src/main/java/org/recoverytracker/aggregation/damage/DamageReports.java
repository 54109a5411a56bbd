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
                SELECT version, disaster_id, area_code, boundary_version, submitted_at FROM damage_report
                WHERE report_id = ? FOR UPDATE""", statement -> {
            statement.setObject(1, reportId);
            try (var rows = statement.executeQuery()) {
                return rows.next()
                        ? Optional.of(new StoredReport(rows.getInt(1), rows.getString(2), rows.getString(3),
                        rows.getDate(4).toLocalDate(), rows.getTimestamp(5).toInstant()))
                        : Optional.empty();
            }
        });
    }

    /** Makes {@code content} the report's current version: its figures replace all of the previous version's. */
    void store(ReportContent content) {
        jdbc.prepareStatement("""
                INSERT INTO damage_report (report_id, version, status, disaster_id, area_code, boundary_version, source,
                                           report_type, as_of, submitted_at)
                VALUES (?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (report_id) DO UPDATE SET
                    version = EXCLUDED.version, status = EXCLUDED.status, disaster_id = EXCLUDED.disaster_id,
                    area_code = EXCLUDED.area_code, boundary_version = EXCLUDED.boundary_version,
                    source = EXCLUDED.source, report_type = EXCLUDED.report_type, as_of = EXCLUDED.as_of,
                    submitted_at = EXCLUDED.submitted_at""",
                statement -> {
                    statement.setObject(1, content.reportId());
                    statement.setInt(2, content.version());
                    statement.setString(3, content.disasterId());
                    statement.setString(4, content.areaCode());
                    statement.setDate(5, Date.valueOf(content.boundaryVersion()));
                    statement.setString(6, content.source().name());
                    statement.setString(7, content.reportType().name());
                    statement.setTimestamp(8, Timestamp.from(content.asOf()));
                    statement.setTimestamp(9, Timestamp.from(content.submittedAt()));
                    return statement.executeUpdate();
                });
        jdbc.prepareStatement("DELETE FROM damage_figure WHERE report_id = ?", statement -> {
            statement.setObject(1, content.reportId());
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("INSERT INTO damage_figure (report_id, indicator, value) VALUES (?, ?, ?)",
                statement -> insertFigures(statement, content.reportId(), content.figures()));
    }

    /** Records a coordinator's decision; the decision's version becomes the report's version. */
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

    /** What the projection needs to know of a report before applying an event to it. */
    record StoredReport(int version, String disasterId, String areaCode, LocalDate boundaryVersion, Instant submittedAt) {
    }
}
