package org.recoverytracker.gateway.problem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

import java.util.stream.Collectors;

/** Makes the framework's own errors (404, 405, 413, bad JSON, ...) {@code application/problem+json} too. */
@Singleton
final class ProblemErrorBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    @Override
    public Problem body(ErrorContext errorContext, HttpResponse<?> response) {
        String detail = errorContext.hasErrors()
                ? errorContext.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "))
                : response.reason();
        return Problem.of(response.status(), detail, errorContext.getRequest().getPath());
    }

    @Override
    public String contentType() {
        return MediaType.APPLICATION_JSON_PROBLEM;
    }
}
