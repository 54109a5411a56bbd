package org.recoverytracker.aggregation.totals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.recoverytracker.contracts.damage.Source;

/**
 * Reads the current versions' figures of a disaster's reports up to a time. Rejected reports are read too:
 * which figure stands is decided in one place, {@link StandingFigures}.
 */
@Singleton
final class ReportFigures {
    private final JdbcOperations jdbc;

    ReportFigures(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Figures of reports with {@code asOf <= until}, oldest first; {@code source} and {@code indicator} narrow when given. */
    List<ReportedFigure> upTo(String disasterId, Instant until, @Nullable Source source, @Nullable String indicator) {
        return jdbc.prepareStatement("""
                SELECT r.report_id, r.area_code, r.boundary_version, f.indicator, r.source, f.value, r.as_of,
                       r.submitted_at, r.status = 'REJECTED'
                FROM damage_report r JOIN damage_figure f ON f.report_id = r.report_id
                WHERE r.disaster_id = ? AND r.as_of <= ?
                  AND (CAST(? AS text) IS NULL OR r.source = ?)
                  AND (CAST(? AS text) IS NULL OR f.indicator = ?)
                ORDER BY r.as_of, r.submitted_at, r.report_id, f.indicator""", statement -> {
            String sourceName = source == null ? null : source.name();
            statement.setString(1, disasterId);
            statement.setTimestamp(2, Timestamp.from(until));
            statement.setString(3, sourceName);
            statement.setString(4, sourceName);
            statement.setString(5, indicator);
            statement.setString(6, indicator);
            try (ResultSet rows = statement.executeQuery()) {
                List<ReportedFigure> figures = new ArrayList<>();
                while (rows.next()) {
                    figures.add(figure(rows));
                }
                return figures;
            }
        });
    }

    private static ReportedFigure figure(ResultSet rows) throws SQLException {
        return new ReportedFigure(
                rows.getObject(1, UUID.class),
                rows.getString(2),
                rows.getDate(3).toLocalDate(),
                new Series(rows.getString(4), Source.valueOf(rows.getString(5))),
                rows.getBigDecimal(6),
                rows.getTimestamp(7).toInstant(),
                rows.getTimestamp(8).toInstant(),
                rows.getBoolean(9));
    }
}
