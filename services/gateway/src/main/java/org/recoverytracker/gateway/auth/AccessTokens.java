package org.recoverytracker.gateway.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.recoverytracker.gateway.identity.UserAccount;
import org.recoverytracker.intake.security.Roles;
import org.recoverytracker.intake.security.TrustedKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mints access tokens: RS256 JWTs with {@code sub} (username), {@code roles}, {@code areas}, {@code name}, {@code iss},
 * {@code iat}, {@code exp} and {@code jti}, signed with the private JWK in {@code recovery.security.jwt.signing-key}
 * ({@code RECOVERY_SECURITY_JWT_SIGNING_KEY}). Without one, the built-in development key signs, unless
 * {@code recovery.security.allow-dev-key=false}: then the gateway refuses to start. It also refuses a signing key whose
 * public half the services' trusted keys do not contain, since every token it minted would be refused.
 */
// created at start-up, so a missing or mismatched key stops the gateway instead of failing the first login
@Context
public class AccessTokens {
    static final String DEVELOPMENT_KEY = "DEVELOPMENT-ONLY-signing-key.jwk.json";
    private static final Logger LOG = LoggerFactory.getLogger(AccessTokens.class);

    private final RSAKey key;
    private final RSASSASigner signer;
    private final String issuer;
    private final Duration lifetime;

    AccessTokens(@Nullable @Value("${recovery.security.jwt.signing-key:}") String configured,
                 @Value("${recovery.security.allow-dev-key:true}") boolean allowDevelopmentKey,
                 @Value("${recovery.security.jwt.issuer:recovery-tracker}") String issuer,
                 @Value("${recovery.identity.access-token-ttl:15m}") Duration lifetime,
                 TrustedKeys trusted) {
        RSAKey development = parse(resource(DEVELOPMENT_KEY), "the development key");
        if (configured == null || configured.isBlank()) {
            if (!allowDevelopmentKey) {
                throw new IllegalStateException("recovery.security.jwt.signing-key (RECOVERY_SECURITY_JWT_SIGNING_KEY) is not set and "
                        + "recovery.security.allow-dev-key is false: the gateway will not sign with the built-in development key");
            }
            LOG.warn("Signing access tokens with the built-in DEVELOPMENT key: set RECOVERY_SECURITY_JWT_SIGNING_KEY outside development");
            this.key = development;
        } else {
            this.key = parse(configured, "recovery.security.jwt.signing-key");
            if (!allowDevelopmentKey && key.getModulus().equals(development.getModulus())) {
                throw new IllegalStateException("recovery.security.jwt.signing-key is the built-in development key, "
                        + "which recovery.security.allow-dev-key=false forbids");
            }
        }
        if (!key.isPrivate()) {
            throw new IllegalStateException("recovery.security.jwt.signing-key must be a private RSA JWK");
        }
        if (!trusted.contains(key)) {
            throw new IllegalStateException("the signing key " + key.getKeyID() + " is not among the trusted keys " + trusted.keyIds()
                    + ": set recovery.security.jwt.public-keys to its public half");
        }
        try {
            this.signer = new RSASSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("unusable signing key", e);
        }
        this.issuer = issuer;
        this.lifetime = lifetime;
    }

    /** A signed token and how many seconds it lives. */
    public record Minted(String token, long expiresIn) {
    }

    /**
     * A secret for {@code purpose} that every gateway instance signing with this key derives alike and nobody without
     * the private key can: HMAC-SHA256 keyed with the private exponent. Rotating the signing key changes it.
     */
    public byte[] derivedSecret(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getPrivateExponent().decode(), "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive a secret for " + purpose, e);
        }
    }

    /**
     * A token that expires {@code access-token-ttl} after {@code now}; {@code issuedAt} is {@code now} unless the user's
     * latest revocation lies in the rest of this second (see {@code AccessRevocationLog}).
     */
    public Minted mint(UserAccount user, Instant issuedAt, Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(user.username())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", List.of(user.role()))
                .claim(Roles.AREAS_CLAIM, user.areaCodes())
                .claim("name", user.displayName())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(TrustedKeys.ALGORITHM).type(JOSEObjectType.JWT).keyID(key.getKeyID()).build(),
                claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
        return new Minted(jwt.serialize(), lifetime.toSeconds());
    }

    private static RSAKey parse(String json, String what) {
        try {
            JWK jwk = JWK.parse(json.strip());
            if (jwk instanceof RSAKey rsa) {
                return rsa;
            }
            throw new IllegalStateException(what + " is not an RSA key");
        } catch (ParseException e) {
            throw new IllegalStateException(what + " is not a JWK: " + e.getMessage(), e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = AccessTokens.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
