package org.recoverytracker.gateway.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.HttpResponse;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An RFC 9457 problem, the body of every error the gateway itself answers. {@code service} names
 * the downstream service when it is the one at fault, so a coordinator can say which part is down.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String service) {

    public static Problem of(HttpStatus status, String detail, String instance) {
        return new Problem("about:blank", status.getReason(), status.getCode(), detail, instance, null);
    }

    public Problem withService(String name) {
        return new Problem(type, title, status, detail, instance, name);
    }

    public MutableHttpResponse<Problem> toResponse() {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(status))
                .contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE)
                .body(this);
    }
}
