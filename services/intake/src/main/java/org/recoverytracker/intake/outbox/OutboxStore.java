package org.recoverytracker.intake.outbox;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.UnaryOperator;
import io.micronaut.core.type.Argument;
import org.recoverytracker.intake.outbox.OutboxRelay.Header;
import org.recoverytracker.intake.outbox.OutboxRelay.OutboxRow;

/** The relay's side of the outbox table. */
@Singleton
class OutboxStore {
    private static final Argument<Map<String, String>> HEADERS = Argument.mapOf(String.class, String.class);

    private final TransactionOperations<Connection> transactions;
    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    OutboxStore(TransactionOperations<Connection> transactions, JdbcOperations jdbc, ObjectMapper json) {
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Locks up to {@code limit} unsent rows (other relay instances skip them), lets {@code publish} send
     * them, marks them sent, and reports the remaining backlog (rows committed meanwhile wait for the next
     * batch) — all in one transaction, so a failure to publish leaves every row unsent.
     */
    int inBatch(int limit, UnaryOperator<List<OutboxRow>> publish, LongConsumer backlog) {
        return transactions.executeWrite(status -> {
            List<OutboxRow> rows = jdbc.prepareStatement("""
                    SELECT id, topic, record_key, payload, headers::text FROM outbox
                    WHERE sent_at IS NULL ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""", statement -> {
                statement.setInt(1, limit);
                return read(statement.executeQuery());
            });
            publish.apply(rows);
            if (!rows.isEmpty()) {
                Long[] ids = rows.stream().map(OutboxRow::id).toArray(Long[]::new);
                jdbc.prepareStatement("UPDATE outbox SET sent_at = now() WHERE id = ANY (?)", statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("bigint", ids));
                    return statement.executeUpdate();
                });
            }
            // a batch short of the limit took every unsent row there was: count (one more round trip) only when full
            backlog.accept(rows.size() < limit ? 0 : jdbc.prepareStatement("SELECT count(*) FROM outbox WHERE sent_at IS NULL",
                    statement -> {
                        try (ResultSet result = statement.executeQuery()) {
                            result.next();
                            return result.getLong(1);
                        }
                    }));
            return rows.size();
        });
    }

    private List<OutboxRow> read(ResultSet result) throws SQLException {
        List<OutboxRow> rows = new ArrayList<>();
        try (result) {
            while (result.next()) {
                rows.add(new OutboxRow(result.getLong(1), result.getString(2), result.getString(3), result.getBytes(4),
                        headers(result.getString(5))));
            }
        }
        return rows;
    }

    private List<Header> headers(String text) {
        try {
            return json.readValue(text, HEADERS).entrySet().stream().map(e -> new Header(e.getKey(), e.getValue())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
