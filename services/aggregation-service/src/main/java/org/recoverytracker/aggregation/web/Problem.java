package org.recoverytracker.aggregation.web;

import io.micronaut.serde.annotation.Serdeable;

/** RFC 9457 problem details; {@code parameter} names the query parameter at fault. */
@Serdeable
public record Problem(String type, String title, int status, String detail, String parameter) {
    public static final String MEDIA_TYPE = "application/problem+json";
}
