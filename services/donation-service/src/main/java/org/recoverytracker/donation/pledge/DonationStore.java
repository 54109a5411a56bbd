package org.recoverytracker.donation.pledge;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.recoverytracker.contracts.aid.Pledge;
import org.recoverytracker.donation.ledger.JsonColumns;

/** The donation schema's donations: the current pledge per donation and every version of it beside. */
@Singleton
class DonationStore {
    private final JdbcOperations jdbc;
    private final JsonColumns json;

    DonationStore(JdbcOperations jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record Stored(UUID donationId, int version, String fund, Pledge pledge, @Nullable Instant receivedAt, String fingerprint,
                  String recordedBy, Instant recordedAt) {
    }

    /** With {@code lock}, the row stays locked until the transaction ends: receipts and amendments queue behind it. */
    Optional<Stored> find(UUID donationId, boolean lock) {
        return jdbc.prepareStatement("SELECT donation_id, version, fund, content::text, received_at, fingerprint, recorded_by,"
                + " recorded_at FROM donation WHERE donation_id = ?" + (lock ? " FOR UPDATE" : ""), statement -> {
            statement.setObject(1, donationId);
            try (ResultSet r = statement.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Timestamp receivedAt = r.getTimestamp(5);
                return Optional.of(new Stored(r.getObject(1, UUID.class), r.getInt(2), r.getString(3),
                        json.read(r.getString(4), Pledge.class), receivedAt == null ? null : receivedAt.toInstant(),
                        r.getString(6), r.getString(7), r.getTimestamp(8).toInstant()));
            }
        });
    }

    boolean hasVersionWithFingerprint(UUID donationId, String fingerprint) {
        return jdbc.prepareStatement("SELECT 1 FROM donation_version WHERE donation_id = ? AND fingerprint = ?", statement -> {
            statement.setObject(1, donationId);
            statement.setString(2, fingerprint);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        });
    }

    void insert(Stored first) {
        jdbc.prepareStatement("""
                INSERT INTO donation (donation_id, version, fund, received_at, content, fingerprint, recorded_by, recorded_at,
                                      updated_at)
                VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)""", statement -> {
            statement.setObject(1, first.donationId());
            statement.setInt(2, first.version());
            statement.setString(3, first.fund());
            statement.setTimestamp(4, first.receivedAt() == null ? null : Timestamp.from(first.receivedAt()));
            statement.setString(5, json.write(first.pledge()));
            statement.setString(6, first.fingerprint());
            statement.setString(7, first.recordedBy());
            statement.setTimestamp(8, Timestamp.from(first.recordedAt()));
            statement.setTimestamp(9, Timestamp.from(first.recordedAt()));
            return statement.executeUpdate();
        });
        insertVersion(first, "PLEDGED");
    }

    /** The pledge of {@code next} replaces the current one; {@code recordedBy/At} say who amended it, when. */
    void amend(Stored next) {
        jdbc.prepareStatement("""
                UPDATE donation SET version = ?, fund = ?, content = ?::jsonb, fingerprint = ?, updated_at = ?
                WHERE donation_id = ?""", statement -> {
            statement.setInt(1, next.version());
            statement.setString(2, next.fund());
            statement.setString(3, json.write(next.pledge()));
            statement.setString(4, next.fingerprint());
            statement.setTimestamp(5, Timestamp.from(next.recordedAt()));
            statement.setObject(6, next.donationId());
            return statement.executeUpdate();
        });
        insertVersion(next, "AMENDED");
    }

    /** A receipt raises the donation's version (its events share one sequence); returns the new version. */
    int nextVersion(UUID donationId, Instant at) {
        return jdbc.prepareStatement("UPDATE donation SET version = version + 1, updated_at = ? WHERE donation_id = ?"
                + " RETURNING version", statement -> {
            statement.setTimestamp(1, Timestamp.from(at));
            statement.setObject(2, donationId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        });
    }

    private void insertVersion(Stored version, String change) {
        jdbc.prepareStatement("""
                INSERT INTO donation_version (donation_id, version, change, content, fingerprint, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?::jsonb, ?, ?, ?)""", statement -> {
            statement.setObject(1, version.donationId());
            statement.setInt(2, version.version());
            statement.setString(3, change);
            statement.setString(4, json.write(version.pledge()));
            statement.setString(5, version.fingerprint());
            statement.setString(6, version.recordedBy());
            statement.setTimestamp(7, Timestamp.from(version.recordedAt()));
            return statement.executeUpdate();
        });
    }
}
