package org.recoverytracker.gateway.auth;

import io.micronaut.serde.annotation.Serdeable;
import org.recoverytracker.gateway.identity.UserView;

/**
 * What a login or refresh answers: a short-lived access token to send as {@code Authorization: Bearer}, and a
 * long-lived refresh token to exchange for the next pair (each works once). Lifetimes in seconds.
 */
@Serdeable
public record Session(String accessToken, String tokenType, long expiresIn, String refreshToken, long refreshExpiresIn, UserView user) {
}
