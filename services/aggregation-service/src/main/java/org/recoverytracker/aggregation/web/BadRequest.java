package org.recoverytracker.aggregation.web;

import io.micronaut.http.HttpStatus;

/**
 * A query the service cannot answer, naming the parameter at fault: 400 for a malformed or missing value,
 * 404 for a well-formed one that names nothing known (an area, a disaster). Sent as application/problem+json.
 */
public final class BadRequest extends RuntimeException {
    private final HttpStatus status;
    private final String parameter;

    private BadRequest(HttpStatus status, String parameter, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.parameter = parameter;
    }

    public static BadRequest invalid(String parameter, String detail) {
        return new BadRequest(HttpStatus.BAD_REQUEST, parameter, detail);
    }

    public static BadRequest notFound(String parameter, String detail) {
        return new BadRequest(HttpStatus.NOT_FOUND, parameter, detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String parameter() {
        return parameter;
    }
}
