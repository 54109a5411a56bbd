package org.recoverytracker.intake.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * RFC 9457 problem details, the body of every error answer ({@code application/problem+json}).
 * {@code invalid-params} names each offending field, so a form can show the message beside it;
 * {@code service} names the downstream service when the gateway reports that one failed.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        @Nullable String detail,
        @Nullable String instance,
        @JsonProperty("invalid-params") @Nullable List<InvalidParam> invalidParams,
        @Nullable String service) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, @Nullable String detail, @Nullable String instance,
                   @Nullable List<InvalidParam> invalidParams) {
        this(type, title, status, detail, instance, invalidParams, null);
    }

    /** A problem with no more specific type than its status. */
    public static Problem of(HttpStatus status, @Nullable String detail, @Nullable String instance) {
        return new Problem("about:blank", status.getReason(), status.getCode(), detail, instance, null, null);
    }

    public Problem withService(String name) {
        return new Problem(type, title, status, detail, instance, invalidParams, name);
    }

    public MutableHttpResponse<Problem> toResponse() {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(status)).contentType(MEDIA_TYPE).body(this);
    }

    /** One offending field: {@code name} is its JSON path as the client sent it, e.g. {@code figures.DR-P01}. */
    @Serdeable
    public record InvalidParam(String name, String reason) {
    }
}
