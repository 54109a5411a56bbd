package org.recoverytracker.intake.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * RFC 9457 problem details, the body of every error answer ({@code application/problem+json}).
 * {@code invalid-params} names each offending field, so a form can show the message beside it.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        @Nullable String detail,
        @Nullable String instance,
        @JsonProperty("invalid-params") @Nullable List<InvalidParam> invalidParams) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending field: {@code name} is its JSON path as the client sent it, e.g. {@code figures.DR-P01}. */
    @Serdeable
    public record InvalidParam(String name, String reason) {
    }
}
