package org.recoverytracker.intake.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
import jakarta.inject.Singleton;

/**
 * {@code WWW-Authenticate} on every 401 (RFC 6750): a request that carried a token is told it was not accepted
 * ({@code invalid_token}), so a client knows to refresh or log in again rather than retry.
 */
@Singleton
final class BearerChallenge implements WwwAuthenticateChallengeProvider<HttpRequest<?>> {

    @Override
    public String getWwwAuthenticateChallenge(HttpRequest<?> request) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        boolean presented = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        return presented
                ? "Bearer realm=\"recovery-tracker\", error=\"invalid_token\", error_description=\"the access token is invalid or expired\""
                : "Bearer realm=\"recovery-tracker\"";
    }
}
