package org.recoverytracker.aggregation.totals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.recoverytracker.contracts.damage.Source;

/**
 * Reads the current versions' figures of a disaster's reports up to a time. Rejected reports are read too:
 * which figure stands is decided in one place, {@link StandingFigures}.
 */
@Singleton
final class ReportFigures {
    private static final String UP_TO = """
            WHERE r.disaster_id = ? AND r.as_of <= ?
              AND (CAST(? AS text) IS NULL OR r.source = ?)
              AND (CAST(? AS text) IS NULL OR f.indicator = ?)
            """;
    /** Rows fetched at once by {@link #forEachUpTo}. */
    private static final int PAGE = 2_000;
    private final JdbcOperations jdbc;

    ReportFigures(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The first and last {@code asOf} of the figures {@link #forEachUpTo} would give, and their sources. */
    record Span(Instant first, Instant last, Set<Source> sources) {
    }

    /** The span of the figures of reports with {@code asOf <= until} (rejected ones included); empty when there are none. */
    Optional<Span> span(String disasterId, Instant until, @Nullable Source source, @Nullable String indicator) {
        return jdbc.prepareStatement("""
                SELECT min(r.as_of), max(r.as_of), array_agg(DISTINCT r.source)
                FROM damage_report r JOIN damage_figure f ON f.report_id = r.report_id
                """ + UP_TO, statement -> {
            bindUpTo(statement, disasterId, until, source, indicator);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                if (row.getTimestamp(1) == null) {
                    return Optional.empty();
                }
                Set<Source> sources = EnumSet.noneOf(Source.class);
                for (String name : (String[]) row.getArray(3).getArray()) {
                    sources.add(Source.valueOf(name));
                }
                return Optional.of(new Span(row.getTimestamp(1).toInstant(), row.getTimestamp(2).toInstant(), sources));
            }
        });
    }

    /**
     * Each figure of reports with {@code asOf <= until}, oldest first; {@code source} and {@code indicator} narrow
     * when given. The rows are fetched a page at a time (inside the caller's transaction) and never held together:
     * a history over a disaster with a million reports would not fit the heap.
     */
    void forEachUpTo(String disasterId, Instant until, @Nullable Source source, @Nullable String indicator,
                     Consumer<ReportedFigure> action) {
        jdbc.prepareStatement("""
                SELECT r.report_id, r.area_code, r.boundary_version, f.indicator, r.source, f.value, r.as_of,
                       r.submitted_at, r.status = 'REJECTED'
                FROM damage_report r JOIN damage_figure f ON f.report_id = r.report_id
                """ + UP_TO + """
                ORDER BY r.as_of, r.submitted_at, r.report_id, f.indicator""", statement -> {
            bindUpTo(statement, disasterId, until, source, indicator);
            statement.setFetchSize(PAGE);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    action.accept(figure(rows));
                }
            }
            return null;
        });
    }

    private static void bindUpTo(PreparedStatement statement, String disasterId, Instant until, @Nullable Source source,
                                 @Nullable String indicator) throws SQLException {
        String sourceName = source == null ? null : source.name();
        statement.setString(1, disasterId);
        statement.setTimestamp(2, Timestamp.from(until));
        statement.setString(3, sourceName);
        statement.setString(4, sourceName);
        statement.setString(5, indicator);
        statement.setString(6, indicator);
    }

    /**
     * Only the candidates to stand: per (area, boundaries, source, indicator) the non-rejected figures of the latest
     * {@code asOf} and submission time (all of them when those tie; {@link StandingFigures} breaks the tie by report
     * id). PostgreSQL picks them, so a totals read holds a figure per area and series in memory, not every figure
     * ever reported: reading the totals of a disaster with a million reports ran the service out of heap.
     */
    List<ReportedFigure> standingCandidates(String disasterId, Instant until, @Nullable Source source) {
        return jdbc.prepareStatement("""
                SELECT report_id, area_code, boundary_version, indicator, source, value, as_of, submitted_at, FALSE
                FROM (SELECT r.report_id, r.area_code, r.boundary_version, f.indicator, r.source, f.value, r.as_of,
                             r.submitted_at,
                             rank() OVER (PARTITION BY r.area_code, r.boundary_version, r.source, f.indicator
                                          ORDER BY r.as_of DESC, r.submitted_at DESC) AS recency
                      FROM damage_report r JOIN damage_figure f ON f.report_id = r.report_id
                      WHERE r.disaster_id = ? AND r.as_of <= ? AND r.status <> 'REJECTED'
                        AND (CAST(? AS text) IS NULL OR r.source = ?)) candidates
                WHERE recency = 1""", statement -> {
            String sourceName = source == null ? null : source.name();
            statement.setString(1, disasterId);
            statement.setTimestamp(2, Timestamp.from(until));
            statement.setString(3, sourceName);
            statement.setString(4, sourceName);
            return read(statement);
        });
    }

    private static List<ReportedFigure> read(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            List<ReportedFigure> figures = new ArrayList<>();
            while (rows.next()) {
                figures.add(figure(rows));
            }
            return figures;
        }
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
