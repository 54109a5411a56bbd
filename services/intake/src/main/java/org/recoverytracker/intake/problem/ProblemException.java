package org.recoverytracker.intake.problem;

import io.micronaut.http.HttpStatus;
import java.util.List;

/** A refusal the client can act on; rendered as problem+json by {@link ProblemExceptionHandler}. Nothing is stored. */
public class ProblemException extends RuntimeException {
    private final HttpStatus status;
    private final String type;
    private final List<Problem.InvalidParam> invalidParams;

    public ProblemException(HttpStatus status, String type, String detail, List<Problem.InvalidParam> invalidParams) {
        super(detail);
        this.status = status;
        this.type = type;
        this.invalidParams = List.copyOf(invalidParams);
    }

    /** 400: the request cannot be read as what the endpoint takes (a missing or malformed field). */
    public static ProblemException badRequest(String field, String reason) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-request", field + ": " + reason,
                List.of(new Problem.InvalidParam(field, reason)));
    }

    /** 400 for several fields at once (bean validation of a request body). */
    public static ProblemException badRequest(List<Problem.InvalidParam> invalid) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-request", detail(invalid), invalid);
    }

    /** 422: well-formed, but the content breaks a rule (unknown indicator, area not valid on that date...). */
    public static ProblemException unprocessable(List<Problem.InvalidParam> invalid) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "validation-failed", detail(invalid), invalid);
    }

    private static String detail(List<Problem.InvalidParam> invalid) {
        return invalid.stream().map(p -> p.name() + ": " + p.reason()).reduce((a, b) -> a + "; " + b).orElse("");
    }

    public static ProblemException unprocessable(String field, String reason) {
        return unprocessable(List.of(new Problem.InvalidParam(field, reason)));
    }

    /** 409: the id is taken by different content. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, "conflict", detail, List.of());
    }

    /** 412: the amendment names a version that is no longer the current one. */
    public static ProblemException staleVersion(String detail) {
        return new ProblemException(HttpStatus.PRECONDITION_FAILED, "stale-version", detail,
                List.of(new Problem.InvalidParam("If-Match", detail)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", detail, List.of());
    }

    /** 404 for a well-formed value that names nothing known (an area, a disaster), naming where it came from. */
    public static ProblemException notFound(String field, String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", detail, List.of(new Problem.InvalidParam(field, detail)));
    }

    public HttpStatus status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem("/problems/" + type, status.getReason(), status.getCode(), getMessage(), instance,
                invalidParams.isEmpty() ? null : invalidParams);
    }
}
