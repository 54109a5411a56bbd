package org.recoverytracker.intake.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Renders the framework's own errors (unreadable JSON, unknown route, body too large, constraint
 * violations) as problem+json too, so clients parse one error shape.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
final class ProblemJsonBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        List<Problem.InvalidParam> invalid = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> new Problem.InvalidParam(fieldName(e.getPath().get()), e.getMessage()))
                .toList();
        // a server fault's message may quote SQL or internals: the client gets the status, the log gets the cause
        String detail = response.code() >= 500 ? "The service could not complete the request; it has been logged."
                : context.getErrors().stream().map(Error::getMessage).findFirst().orElse(null);
        return new Problem("about:blank", response.getStatus().getReason(), response.code(), detail,
                context.getRequest().getPath(), invalid.isEmpty() ? null : invalid);
    }

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }

    /** Constraint paths read {@code submit.request.areaCode}; the client knows the field as {@code areaCode}. */
    private static String fieldName(String path) {
        int request = path.indexOf(".request.");
        return request >= 0 ? path.substring(request + ".request.".length()) : path;
    }
}
