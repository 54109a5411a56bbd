package org.recoverytracker.intake.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which token signatures this service trusts: the JWK Set in {@code recovery.security.jwt.public-keys}
 * ({@code RECOVERY_SECURITY_JWT_PUBLIC_KEYS}), read from configuration and never fetched from the gateway, so
 * services start in any order. Without it, the built-in development key is trusted, unless
 * {@code recovery.security.allow-dev-key=false} (docker-compose, tests), where the service refuses to start: that
 * key's private half is in the repository, so anyone could mint tokens with it.
 */
@Factory
class TokenVerification {
    static final String DEVELOPMENT_KEYS = "DEVELOPMENT-ONLY-public-keys.jwks.json";
    private static final Logger LOG = LoggerFactory.getLogger(TokenVerification.class);

    // created at start-up: a service without a usable key must not start, rather than refuse every request later
    @Context
    TrustedKeys trustedKeys(@Nullable @Value("${recovery.security.jwt.public-keys:}") String configured,
                            @Value("${recovery.security.allow-dev-key:true}") boolean allowDevelopmentKey) {
        TrustedKeys development = TrustedKeys.parse(resource(DEVELOPMENT_KEYS));
        if (configured == null || configured.isBlank()) {
            if (!allowDevelopmentKey) {
                throw new IllegalStateException("recovery.security.jwt.public-keys (RECOVERY_SECURITY_JWT_PUBLIC_KEYS) is not set and "
                        + "recovery.security.allow-dev-key is false: configure the gateway's public key");
            }
            LOG.warn("Trusting the built-in DEVELOPMENT key: anyone can mint tokens for it. Set RECOVERY_SECURITY_JWT_PUBLIC_KEYS.");
            return development;
        }
        TrustedKeys keys;
        try {
            keys = TrustedKeys.parse(configured);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("recovery.security.jwt.public-keys is not a usable JWK Set: " + e.getMessage(), e);
        }
        if (!allowDevelopmentKey && development.toJwkSet().getKeys().stream().anyMatch(k -> keys.contains(k.toRSAKey()))) {
            throw new IllegalStateException("recovery.security.jwt.public-keys contains the built-in development key, "
                    + "which recovery.security.allow-dev-key=false forbids");
        }
        LOG.info("Trusting token signatures of key(s) {}", keys.keyIds());
        return keys;
    }

    static String resource(String name) {
        try (InputStream in = TokenVerification.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
