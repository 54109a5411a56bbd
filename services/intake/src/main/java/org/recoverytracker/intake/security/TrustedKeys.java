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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The public keys whose RS256 signatures this service trusts, from configuration (a JWK Set, so a new key can be
 * trusted before the gateway starts signing with it). Only RS256 is accepted: {@code alg: none}, HMAC algorithms
 * keyed with the public key, and every other algorithm are refused before any key is tried.
 */
public final class TrustedKeys implements SignatureConfiguration {
    public static final JWSAlgorithm ALGORITHM = JWSAlgorithm.RS256;
    /** Verified tokens remembered at most. */
    static final int REMEMBERED = 4_096;

    private final List<RSAKey> keys;
    /** One verifier per key, made once: building it (JWK to java.security key) on every request cost CPU per call. */
    private final Map<RSAKey, RSASSAVerifier> verifiers = new IdentityHashMap<>();
    /**
     * Tokens whose signature has been checked, exactly as they were sent (header, claims and signature): a client
     * sends the same access token with every request until it refreshes it, and the RSA operation costs ~0.24 ms
     * with the services' C1 compiler (0.04 ms with C2), done by the gateway and again by the service, of the few
     * milliseconds of CPU a report costs in all.
     * Only a signature that verified is remembered, so a forged token never enters; expiry, revocation and roles
     * are checked on every request as before. Emptied when full: a few hundred officers hold one token each.
     */
    private final Map<String, Boolean> verified = new ConcurrentHashMap<>();

    private final int remembered;
    private final AtomicLong signatureChecks = new AtomicLong();

    private TrustedKeys(List<RSAKey> keys, int remembered) {
        this.remembered = remembered;
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no RSA public key to trust");
        }
        this.keys = keys.stream().map(RSAKey::toPublicJWK).toList();
        for (RSAKey key : this.keys) {
            try {
                verifiers.put(key, new RSASSAVerifier(key));
            } catch (JOSEException e) {
                throw new IllegalArgumentException("not a usable RSA public key: " + key.getKeyID(), e);
            }
        }
    }

    /** A JWK Set ({@code {"keys":[...]}}) or a single JWK, as JSON. Private parts, if present, are dropped. */
    public static TrustedKeys parse(String json) {
        return parse(json, REMEMBERED);
    }

    static TrustedKeys parse(String json, int remembered) {
        try {
            String text = json.strip();
            List<JWK> parsed = text.contains("\"keys\"") ? JWKSet.parse(text).getKeys() : List.of(JWK.parse(text));
            return new TrustedKeys(parsed.stream().filter(RSAKey.class::isInstance).map(RSAKey.class::cast).toList(),
                    remembered);
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
        String sent = jwt.getParsedString();
        if (sent != null && verified.containsKey(sent)) {
            return true;
        }
        Optional<RSAKey> key = keyFor(jwt.getHeader().getKeyID());
        if (key.isEmpty()) {
            return false;
        }
        signatureChecks.incrementAndGet();
        boolean valid = jwt.verify(verifiers.get(key.get()));
        if (valid && sent != null) {
            if (verified.size() >= remembered) {
                verified.clear();
            }
            verified.put(sent, Boolean.TRUE);
        }
        return valid;
    }

    /** RSA signature checks done so far (a remembered token costs none). */
    long signatureChecks() {
        return signatureChecks.get();
    }

    /** The key named by the token's {@code kid}; a token without one is accepted only while a single key is trusted. */
    private Optional<RSAKey> keyFor(String keyId) {
        if (keyId == null) {
            return keys.size() == 1 ? Optional.of(keys.getFirst()) : Optional.empty();
        }
        return keys.stream().filter(k -> keyId.equals(k.getKeyID())).findFirst();
    }

}
