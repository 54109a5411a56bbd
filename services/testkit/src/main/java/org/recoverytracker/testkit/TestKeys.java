package org.recoverytracker.testkit;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;

/**
 * The fixed TEST-ONLY signing key pair every test run shares: the gateway under test signs with it and every
 * service under test trusts it. It is in the repository on purpose, so it must never be trusted outside tests.
 */
public final class TestKeys {
    public static final String ISSUER = "recovery-tracker";
    private static final String RESOURCE = "TEST-ONLY-jwt-signing-key.jwk.json";
    private static final RSAKey SIGNING_KEY = load();

    private TestKeys() {
    }

    /** The private key as a JWK, what {@code recovery.security.jwt.signing-key} takes. */
    public static String signingJwk() {
        return SIGNING_KEY.toJSONString();
    }

    /** The public half as a JWK Set, what {@code recovery.security.jwt.public-keys} takes. */
    public static String publicJwks() {
        return new JWKSet(SIGNING_KEY.toPublicJWK()).toString(true);
    }

    static RSAKey signingKey() {
        return SIGNING_KEY;
    }

    private static RSAKey load() {
        try (InputStream in = TestKeys.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            return RSAKey.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("unreadable test key " + RESOURCE, e);
        }
    }
}
