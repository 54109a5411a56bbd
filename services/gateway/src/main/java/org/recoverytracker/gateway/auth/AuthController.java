package org.recoverytracker.gateway.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import org.recoverytracker.gateway.identity.UserAdministration;
import org.recoverytracker.gateway.identity.UserView;
import org.recoverytracker.intake.problem.Problem;
import org.recoverytracker.intake.security.TrustedKeys;

/** Sign in, refresh, sign out, who am I, and the public keys that verify access tokens. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class AuthController {
    static final String JWK_SET = "application/jwk-set+json";

    private final Authenticating authenticating;
    private final UserAdministration users;
    private final TrustedKeys keys;

    AuthController(Authenticating authenticating, UserAdministration users, TrustedKeys keys) {
        this.authenticating = authenticating;
        this.users = users;
        this.keys = keys;
    }

    @Post("/api/v1/auth/login")
    HttpResponse<?> login(@Body @Valid AuthRequests.Login login, HttpRequest<?> request) {
        return answer(authenticating.login(login.username(), login.password(), request.getRemoteAddress().getAddress().getHostAddress()),
                request);
    }

    @Post("/api/v1/auth/refresh")
    HttpResponse<?> refresh(@Body @Valid AuthRequests.Refresh refresh, HttpRequest<?> request) {
        return answer(authenticating.refresh(refresh.refreshToken()), request);
    }

    @Post("/api/v1/auth/logout")
    HttpResponse<?> logout(@Body @Valid AuthRequests.Refresh refresh) {
        authenticating.logout(refresh.refreshToken());
        return HttpResponse.noContent();
    }

    @Get("/api/v1/auth/me")
    UserView me(Authentication caller) {
        return users.get(caller.getName());
    }

    /** As {@code application/jwk-set+json} (RFC 7517), or plain JSON for a client that accepts only that. */
    @Get(uris = {"/.well-known/jwks.json", "/api/v1/auth/jwks"}, produces = {JWK_SET, MediaType.APPLICATION_JSON})
    HttpResponse<String> jwks() {
        return HttpResponse.ok(keys.toJwkSet().toString(true)).header("Cache-Control", "public, max-age=300");
    }

    private static HttpResponse<?> answer(Authenticating.Outcome outcome, HttpRequest<?> request) {
        return switch (outcome) {
            case Authenticating.SignedIn signedIn -> HttpResponse.ok(signedIn.session()).header("Cache-Control", "no-store");
            case Authenticating.Refused refused -> problem(HttpStatus.UNAUTHORIZED, refused.reason(), request);
            case Authenticating.Disabled disabled -> problem(HttpStatus.FORBIDDEN, "this account is disabled; ask an admin", request);
            case Authenticating.Throttled throttled -> {
                long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
                yield problem(HttpStatus.TOO_MANY_REQUESTS, "too many failed logins; try again in " + seconds + " s", request)
                        .header("Retry-After", String.valueOf(seconds));
            }
        };
    }

    private static MutableHttpResponse<Problem> problem(HttpStatus status, String detail, HttpRequest<?> request) {
        return Problem.of(status, detail, request.getPath()).toResponse();
    }
}
