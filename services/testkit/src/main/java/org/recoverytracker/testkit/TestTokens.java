package org.recoverytracker.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Access tokens as the gateway mints them (RS256, claims sub, roles, areas, iss, exp), signed with the
 * {@link TestKeys TEST-ONLY key}, and the broken ones an attacker would try: expired, signed with another key under the
 * trusted key id, unsigned ({@code alg: none}). Tests send them as {@code Authorization: Bearer <token>}.
 */
public final class TestTokens {
    public static final String FIELD_STAFF = "FIELD_STAFF";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String ADMIN = "ADMIN";
    /** All of Cao Bằng province. */
    public static final String CAO_BANG = "04";

    private static RSAKey otherKey;

    private TestTokens() {
    }

    public static Token user(String username) {
        return new Token(username, COORDINATOR, List.of(), Duration.ofMinutes(15), TestKeys.ISSUER, true);
    }

    /** A field officer's token for the given areas (and everything below them). */
    public static String fieldStaff(String username, String... areaCodes) {
        return user(username).role(FIELD_STAFF).areas(areaCodes).sign();
    }

    public static String coordinator(String username) {
        return user(username).role(COORDINATOR).sign();
    }

    public static String admin(String username) {
        return user(username).role(ADMIN).sign();
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** What a token says; each method returns a changed copy. */
    public record Token(String username, String role, List<String> areas, Duration lifetime, String issuer, boolean expires) {

        public Token role(String newRole) {
            return new Token(username, newRole, areas, lifetime, issuer, expires);
        }

        public Token areas(String... codes) {
            return new Token(username, role, List.of(codes), lifetime, issuer, expires);
        }

        /** A negative lifetime gives a token that expired that long ago. */
        public Token lifetime(Duration newLifetime) {
            return new Token(username, role, areas, newLifetime, issuer, expires);
        }

        public Token issuer(String newIssuer) {
            return new Token(username, role, areas, lifetime, newIssuer, expires);
        }

        public Token withoutExpiry() {
            return new Token(username, role, areas, lifetime, issuer, false);
        }

        /** Expired ten minutes ago: well past any clock-skew allowance. */
        public String expired() {
            return lifetime(Duration.ofMinutes(-10)).sign();
        }

        public String sign() {
            return sign(TestKeys.signingKey());
        }

        /** Signed with a key nobody trusts, under the trusted key's id: only the signature check can catch it. */
        public String signWithOtherKey() {
            return sign(otherKey());
        }

        /** {@code alg: none}, no signature at all. */
        public String unsigned() {
            return new PlainJWT(claims()).serialize();
        }

        private String sign(RSAKey key) {
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(TestKeys.signingKey().getKeyID()).build(),
                        claims());
                jwt.sign(new RSASSASigner(key));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException("cannot sign a test token", e);
            }
        }

        private JWTClaimsSet claims() {
            Instant now = Instant.now();
            Instant issued = lifetime.isNegative() ? now.plus(lifetime).minus(Duration.ofMinutes(15)) : now;
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .subject(username)
                    .issuer(issuer)
                    .issueTime(Date.from(issued))
                    .jwtID(UUID.randomUUID().toString())
                    .claim("roles", List.of(role))
                    .claim("areas", areas)
                    .claim("name", username);
            if (expires) {
                claims.expirationTime(Date.from(now.plus(lifetime)));
            }
            return claims.build();
        }
    }

    private static synchronized RSAKey otherKey() {
        if (otherKey == null) {
            try {
                otherKey = new RSAKeyGenerator(2048).keyID(TestKeys.signingKey().getKeyID()).generate();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
        return otherKey;
    }
}
