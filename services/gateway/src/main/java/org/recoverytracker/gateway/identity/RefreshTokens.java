package org.recoverytracker.gateway.identity;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Opaque refresh tokens: 256 bits given to the client once, only their SHA-256 kept (a high-entropy secret needs no
 * slow hash). A sign-in starts a family with random bits; each refresh replaces the token with a successor of the same
 * family ({@link #store}, the successor's secret derived by the caller). Presenting a replaced token again means it
 * was copied, and the whole family is revoked, unless it is a retry the caller recognises.
 */
@Singleton
public class RefreshTokens {
    public static final String ROTATED = "ROTATED";
    public static final String REUSED = "REUSED";
    public static final String LOGGED_OUT = "LOGGED_OUT";
    public static final String USER_CHANGED = "USER_CHANGED";

    private final JdbcOperations jdbc;
    private final SecureRandom random = new SecureRandom();

    RefreshTokens(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored token as found by its secret; {@code revokedAt} is also when a rotated token was replaced. */
    public record Stored(String tokenHash, UUID family, String username, Instant expiresAt, Instant revokedAt, String revokedReason) {
        public boolean usableAt(Instant now) {
            return revokedReason == null && now.isBefore(expiresAt);
        }
    }

    /** Stores a new random token of {@code family} and returns its secret, the only time it exists in clear. */
    public String issue(String username, UUID family, Instant now, Instant expiresAt) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        store(token, username, family, now, expiresAt);
        return token;
    }

    /** Stores {@code token} (of 256 bits) as a token of {@code family}. */
    public void store(String token, String username, UUID family, Instant now, Instant expiresAt) {
        jdbc.prepareStatement("""
                INSERT INTO refresh_token (token_hash, family_id, username, issued_at, expires_at) VALUES (?, ?, ?, ?, ?)""", statement -> {
            statement.setString(1, hash(token));
            statement.setObject(2, family);
            statement.setString(3, username);
            statement.setTimestamp(4, Timestamp.from(now));
            statement.setTimestamp(5, Timestamp.from(expiresAt));
            return statement.executeUpdate();
        });
    }

    /** The token, locked until the transaction ends so two refreshes with it cannot both succeed. */
    public Optional<Stored> findForUpdate(String token) {
        return jdbc.prepareStatement("""
                SELECT token_hash, family_id, username, expires_at, revoked_at, revoked_reason FROM refresh_token WHERE token_hash = ? FOR UPDATE""",
                statement -> {
                    statement.setString(1, hash(token));
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next()
                                ? Optional.of(new Stored(rows.getString(1), rows.getObject(2, UUID.class), rows.getString(3),
                                        rows.getTimestamp(4).toInstant(),
                                        rows.getTimestamp(5) == null ? null : rows.getTimestamp(5).toInstant(), rows.getString(6)))
                                : Optional.<Stored>empty();
                    }
                });
    }

    public void revoke(Stored token, String reason, Instant now) {
        revokeWhere("token_hash", token.tokenHash(), reason, now);
    }

    public int revokeFamily(UUID family, String reason, Instant now) {
        return revokeWhere("family_id", family, reason, now);
    }

    /** Ends every session of a user: disabling them or resetting their password. */
    public int revokeAll(String username, String reason, Instant now) {
        return revokeWhere("username", username, reason, now);
    }

    // column is one of the three above, never input
    private int revokeWhere(String column, Object value, String reason, Instant now) {
        return jdbc.prepareStatement("UPDATE refresh_token SET revoked_at = ?, revoked_reason = ? WHERE " + column
                + " = ? AND revoked_at IS NULL", statement -> {
                    statement.setTimestamp(1, Timestamp.from(now));
                    statement.setString(2, reason);
                    statement.setObject(3, value);
                    return statement.executeUpdate();
                });
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
