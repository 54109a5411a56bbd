package org.recoverytracker.intake.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Claims an access token must carry besides a valid signature: our issuer, a subject, an expiry and an issue time. The
 * framework's own expiry check passes a token with no {@code exp} at all, which would never expire; without {@code iat}
 * a token could not be told apart from those its user's revocation ends ({@link NotRevoked}).
 */
@Singleton
final class RequiredClaims<T> implements GenericJwtClaimsValidator<T> {
    private final String issuer;

    RequiredClaims(@Value("${recovery.security.jwt.issuer:recovery-tracker}") String issuer) {
        this.issuer = issuer;
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        return issuer.equals(String.valueOf(claims.get(Claims.ISSUER)))
                && claims.get(Claims.SUBJECT) != null
                && claims.get(Claims.EXPIRATION_TIME) != null
                && claims.get(Claims.ISSUED_AT) != null;
    }
}
