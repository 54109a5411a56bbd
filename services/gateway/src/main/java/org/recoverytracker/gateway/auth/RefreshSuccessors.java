package org.recoverytracker.gateway.auth;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The refresh token that replaces another: HMAC-SHA256 of the old token's secret under a key derived from the signing
 * key. Derived rather than random so that a retried refresh (the answer lost on the way to the phone) can be answered
 * with the very same successor although only hashes are stored, and so that no second live token is ever made. Only
 * the gateway can compute it: holding an old token does not reveal its successor.
 */
@Singleton
class RefreshSuccessors {
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    RefreshSuccessors(AccessTokens keys) {
        this.key = new SecretKeySpec(keys.derivedSecret("recovery-tracker refresh-token successor v1"), ALGORITHM);
    }

    String of(String token) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive a refresh token", e);
        }
    }
}
