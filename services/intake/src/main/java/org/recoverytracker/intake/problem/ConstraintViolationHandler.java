package org.recoverytracker.intake.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Bean-validation failures (a missing or malformed field) as 400 problem+json whose {@code invalid-params} name each
 * field as the client wrote it ({@code responsibleUnit.code}, {@code milestones[1].date}): the framework's own handler
 * puts the path only into the message text.
 */
@Singleton
@Replaces(ConstraintExceptionHandler.class)
@Requires(classes = ExceptionHandler.class)
final class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException exception) {
        List<Problem.InvalidParam> invalid = exception.getConstraintViolations().stream()
                .map(v -> new Problem.InvalidParam(fieldName(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.InvalidParam::name))
                .toList();
        return HttpResponse.<Problem>status(HttpStatus.BAD_REQUEST)
                .contentType(Problem.MEDIA_TYPE)
                .body(ProblemException.badRequest(invalid).toProblem(request.getPath()));
    }

    /** The path below the method's parameter ({@code put.request.target.quantity} → {@code target.quantity}). */
    static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                name.setLength(0);
            } else if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT) {
                if (node.isInIterable()) {
                    name.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                }
                if (kind == ElementKind.PROPERTY && node.getName() != null) {
                    name.append(name.isEmpty() ? "" : ".").append(node.getName());
                }
            }
        }
        return name.isEmpty() && parameter != null ? parameter : name.toString();
    }
}
