package org.recoverytracker.intake.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses (401) an access token the gateway has since revoked: its user was disabled or had their password reset after
 * it was issued. Without this check such a token would keep working until it expires.
 */
@Singleton
final class NotRevoked<T> implements GenericJwtClaimsValidator<T> {
    private static final Logger LOG = LoggerFactory.getLogger(NotRevoked.class);

    private final AccessRevocations revocations;

    NotRevoked(AccessRevocations revocations) {
        this.revocations = revocations;
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        Object subject = claims.get(Claims.SUBJECT);
        Instant issuedAt = instant(claims.get(Claims.ISSUED_AT));
        if (subject == null || issuedAt == null) {
            return false;
        }
        if (revocations.revoked(subject.toString(), issuedAt)) {
            LOG.info("refused a revoked access token of {}", subject);
            return false;
        }
        return true;
    }

    @Nullable
    private static Instant instant(@Nullable Object value) {
        return switch (value) {
            case Date date -> date.toInstant();
            case Instant instant -> instant;
            case Number seconds -> Instant.ofEpochSecond(seconds.longValue());
            case null, default -> null;
        };
    }
}
