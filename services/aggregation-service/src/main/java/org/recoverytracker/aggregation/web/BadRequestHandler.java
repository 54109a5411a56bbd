package org.recoverytracker.aggregation.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Turns {@link BadRequest} into an application/problem+json answer. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Requires(classes = {BadRequest.class, ExceptionHandler.class})
final class BadRequestHandler implements ExceptionHandler<BadRequest, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, BadRequest exception) {
        Problem problem = new Problem("about:blank", exception.status().getReason(), exception.status().getCode(),
                exception.getMessage(), exception.parameter());
        return HttpResponse.<Problem>status(exception.status()).contentType(Problem.MEDIA_TYPE).body(problem);
    }
}
