package org.recoverytracker.rebuild.versioning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.recoverytracker.intake.problem.ProblemException;

/**
 * Versioned documents of one kind in two tables: {@code <table>} holds the current version (and, as generated
 * columns, whatever a kind filters on) and {@code <table>_version} every version with its fingerprint. A subclass per
 * kind names the tables and the content type; table and column names come from code, never from a request.
 */
public abstract class Documents<C> {
    private final JdbcOperations jdbc;
    private final ObjectMapper json;
    private final String table;
    private final Class<C> contentType;
    private final String select;

    protected Documents(JdbcOperations jdbc, ObjectMapper json, String table, Class<C> contentType) {
        this.jdbc = jdbc;
        this.json = json;
        this.table = table;
        this.contentType = contentType;
        this.select = "SELECT t.id, t.parent_id, t.created_by, t.created_at, v.version, v.content::text AS content,"
                + " v.fingerprint, v.recorded_by, v.recorded_at FROM " + table + " t JOIN " + table
                + "_version v ON v.id = t.id";
    }

    /** What kind of document these are (the table's name), e.g. for {@code IntakeLock}. */
    public String kind() {
        return table;
    }

    /** A stored version and the fingerprint of the request that made it. */
    public record Stored<C>(Document<C> document, String fingerprint) {
    }

    /** Narrows a listing: {@code column} is a column of the current table, {@code value} null for any. */
    public record Filter(String column, @Nullable String value) {
    }

    /** The current version, locked for the rest of the transaction so two amendments cannot both win. */
    public Optional<Stored<C>> current(UUID id) {
        return currentWhere(id, " FOR UPDATE OF t");
    }

    /** The current version, for reading only. */
    public Optional<Document<C>> find(UUID id) {
        return currentWhere(id, "").map(Stored::document);
    }

    /** The current version, or 404 naming {@code what}. */
    public Document<C> require(UUID id, String what) {
        return find(id).orElseThrow(() -> ProblemException.notFound("no " + what + " " + id));
    }

    /** Every version, or 404 naming {@code what}. */
    public List<Document<C>> requireVersions(UUID id, String what) {
        List<Document<C>> versions = versions(id);
        if (versions.isEmpty()) {
            throw ProblemException.notFound("no " + what + " " + id);
        }
        return versions;
    }

    private Optional<Stored<C>> currentWhere(UUID id, String lock) {
        return jdbc.prepareStatement(select + " AND v.version = t.version WHERE t.id = ?" + lock, statement -> {
            statement.setObject(1, id);
            return read(statement).stream().findFirst();
        });
    }

    public boolean hasVersionWithFingerprint(UUID id, String fingerprint) {
        return jdbc.prepareStatement("SELECT 1 FROM " + table + "_version WHERE id = ? AND fingerprint = ?", statement -> {
            statement.setObject(1, id);
            statement.setString(2, fingerprint);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        });
    }

    public List<Document<C>> versions(UUID id) {
        return jdbc.prepareStatement(select + " WHERE t.id = ? ORDER BY v.version", statement -> {
            statement.setObject(1, id);
            return documents(statement);
        });
    }

    /** The current version of every document belonging to {@code parentId}. */
    public List<Document<C>> children(UUID parentId) {
        return jdbc.prepareStatement(select + " AND v.version = t.version WHERE t.parent_id = ? ORDER BY t.created_at, t.id",
                statement -> {
                    statement.setObject(1, parentId);
                    return documents(statement);
                });
    }

    /**
     * A parent's progress updates, latest {@code asOf} first (a tie: the one recorded last first), so the first one
     * stands however late an older update arrived.
     */
    public List<Document<C>> latestFirst(UUID parentId, Function<C, Instant> asOf) {
        return children(parentId).stream()
                .sorted(Comparator.comparing((Document<C> d) -> asOf.apply(d.content()))
                        .thenComparing(Document::recordedAt).reversed())
                .toList();
    }

    public DocumentPage<C> page(List<Filter> filters, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE true");
        filters.forEach(f -> where.append(" AND (?::text IS NULL OR t.").append(f.column()).append(" = ?)"));
        List<Document<C>> items = jdbc.prepareStatement(select + " AND v.version = t.version" + where
                + " ORDER BY t.created_at DESC, t.id LIMIT ? OFFSET ?", statement -> {
            int next = bind(statement, filters);
            statement.setInt(next, size);
            statement.setLong(next + 1, (long) page * size);
            return documents(statement);
        });
        long total = jdbc.prepareStatement("SELECT count(*) FROM " + table + " t" + where, statement -> {
            bind(statement, filters);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
        return new DocumentPage<>(items, page, size, total);
    }

    /** Stores version 1 of a new document, or a later version of an existing one, as current. */
    public void save(UUID id, @Nullable UUID parentId, int version, C content, String fingerprint, String by, Instant at) {
        String text = write(content);
        if (version == 1) {
            execute("INSERT INTO " + table + " (id, parent_id, version, content, created_by, created_at, updated_at)"
                    + " VALUES (?, ?, 1, ?::jsonb, ?, ?, ?)", id, parentId, text, by, at, at);
        } else {
            execute("UPDATE " + table + " SET version = ?, content = ?::jsonb, updated_at = ? WHERE id = ?", version, text, at, id);
        }
        execute("INSERT INTO " + table + "_version (id, version, content, fingerprint, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?::jsonb, ?, ?, ?)", id, version, text, fingerprint, by, at);
    }

    private void execute(String sql, Object... parameters) {
        jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i] instanceof Instant time ? Timestamp.from(time) : parameters[i]);
            }
            return statement.executeUpdate();
        });
    }

    private static int bind(PreparedStatement statement, List<Filter> filters) throws SQLException {
        int index = 1;
        for (Filter filter : filters) {
            statement.setString(index++, filter.value());
            statement.setString(index++, filter.value());
        }
        return index;
    }

    private List<Document<C>> documents(PreparedStatement statement) throws SQLException {
        return read(statement).stream().map(Stored::document).toList();
    }

    private List<Stored<C>> read(PreparedStatement statement) throws SQLException {
        List<Stored<C>> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(new Stored<>(new Document<>(result.getObject("id", UUID.class), result.getObject("parent_id", UUID.class),
                        result.getInt("version"), read(result.getString("content")), result.getString("recorded_by"),
                        result.getTimestamp("recorded_at").toInstant(), result.getString("created_by"),
                        result.getTimestamp("created_at").toInstant()), result.getString("fingerprint")));
            }
        }
        return rows;
    }

    private C read(String content) {
        try {
            return json.readValue(content, contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(C content) {
        try {
            return json.writeValueAsString(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
