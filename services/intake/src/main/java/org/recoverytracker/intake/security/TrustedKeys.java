package org.recoverytracker.intake.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;

/**
 * The public keys whose RS256 signatures this service trusts, from configuration (a JWK Set, so a new key can be
 * trusted before the gateway starts signing with it). Only RS256 is accepted: {@code alg: none}, HMAC algorithms
 * keyed with the public key, and every other algorithm are refused before any key is tried.
 */
public final class TrustedKeys implements SignatureConfiguration {
    public static final JWSAlgorithm ALGORITHM = JWSAlgorithm.RS256;

    private final List<RSAKey> keys;

    TrustedKeys(List<RSAKey> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no RSA public key to trust");
        }
        this.keys = keys.stream().map(RSAKey::toPublicJWK).toList();
    }

    /** A JWK Set ({@code {"keys":[...]}}) or a single JWK, as JSON. Private parts, if present, are dropped. */
    public static TrustedKeys parse(String json) {
        try {
            String text = json.strip();
            List<JWK> parsed = text.contains("\"keys\"") ? JWKSet.parse(text).getKeys() : List.of(JWK.parse(text));
            return new TrustedKeys(parsed.stream().filter(RSAKey.class::isInstance).map(RSAKey.class::cast).toList());
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a JWK Set or JWK: " + e.getMessage(), e);
        }
    }

    /** The keys as a public JWK Set, what the gateway publishes at {@code /.well-known/jwks.json}. */
    public JWKSet toJwkSet() {
        return new JWKSet(List.copyOf(keys));
    }

    public boolean contains(RSAKey key) {
        return keys.stream().anyMatch(k -> k.getModulus().equals(key.getModulus()) && k.getPublicExponent().equals(key.getPublicExponent()));
    }

    public List<String> keyIds() {
        return keys.stream().map(k -> String.valueOf(k.getKeyID())).toList();
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return "Only " + ALGORITHM + " is supported";
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return ALGORITHM.equals(algorithm);
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        if (!supports(jwt.getHeader().getAlgorithm())) {
            return false;
        }
        Optional<RSAKey> key = keyFor(jwt.getHeader().getKeyID());
        return key.isPresent() && jwt.verify(new RSASSAVerifier(key.get()));
    }

    /** The key named by the token's {@code kid}; a token without one is accepted only while a single key is trusted. */
    private Optional<RSAKey> keyFor(String keyId) {
        if (keyId == null) {
            return keys.size() == 1 ? Optional.of(keys.getFirst()) : Optional.empty();
        }
        return keys.stream().filter(k -> keyId.equals(k.getKeyID())).findFirst();
    }

}
