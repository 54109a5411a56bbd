package org.recoverytracker.gateway.identity;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code access_revocation} table: per user, the time before which their access tokens are revoked. A revocation's
 * time is rounded up to the next whole second (a token's {@code iat} has whole seconds), so a token minted in the rest of
 * that second — a user enabled again and signing in at once — must carry that time as its {@code iat}, not an earlier one.
 */
@Singleton
public class AccessRevocationLog {
    private final JdbcOperations jdbc;

    AccessRevocationLog(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void record(String username, Instant tokensIssuedBefore) {
        jdbc.prepareStatement("""
                INSERT INTO access_revocation (username, tokens_issued_before) VALUES (?, ?)
                ON CONFLICT (username) DO UPDATE SET tokens_issued_before = greatest(access_revocation.tokens_issued_before,
                excluded.tokens_issued_before)""", statement -> {
            statement.setString(1, username);
            statement.setTimestamp(2, Timestamp.from(tokensIssuedBefore));
            return statement.executeUpdate();
        });
    }

    /** The earliest {@code iat} a token of {@code username} minted at {@code now} may carry and still be accepted. */
    public Instant earliestIssueTime(String username, Instant now) {
        Optional<Instant> before = jdbc.prepareStatement("SELECT tokens_issued_before FROM access_revocation WHERE username = ?", statement -> {
            statement.setString(1, username);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getTimestamp(1).toInstant()) : Optional.<Instant>empty();
            }
        });
        return before.filter(now::isBefore).orElse(now);
    }
}
