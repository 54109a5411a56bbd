package org.recoverytracker.intake.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Bean-validation failures as 400 problem+json whose {@code invalid-params} use the client's field names
 * ({@code areaCode}, {@code figures.DR-P01}), not the Java method and parameter the framework reports.
 */
@Singleton
@Replaces(ConstraintExceptionHandler.class)
final class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException exception) {
        List<Problem.InvalidParam> invalid = exception.getConstraintViolations().stream()
                .map(v -> new Problem.InvalidParam(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.InvalidParam::name))
                .toList();
        ProblemException problem = ProblemException.badRequest(invalid);
        return HttpResponse.<Problem>status(problem.status()).contentType(Problem.MEDIA_TYPE).body(problem.toProblem(request.getPath()));
    }

    static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder name = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            // a node's index or key locates it in the container named before it: cash[1].amount, figures.DR-P01
            if (node.getKey() != null) {
                append(name, String.valueOf(node.getKey()));
            } else if (node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                append(name, node.getName());
            }
        }
        // a violation on a query value or header names the parameter itself
        return name.isEmpty() && parameter != null ? parameter : name.toString();
    }

    private static void append(StringBuilder name, String part) {
        if (!name.isEmpty()) {
            name.append('.');
        }
        name.append(part);
    }
}
