package org.recoverytracker.gateway.routing;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForwardedPathTest {

    @Test
    void targetKeepsPathAndQueryExactlyAsSent() {
        URI target = ForwardedPath.target(URI.create("http://127.0.0.1:8084/"),
                URI.create("/api/v1/totals/damage?disaster=2024-yagi&area=04&note=Cao%20B%E1%BA%B1ng"));
        assertEquals("http://127.0.0.1:8084/api/v1/totals/damage?disaster=2024-yagi&area=04&note=Cao%20B%E1%BA%B1ng",
                target.toString());
    }

    @Test
    void targetWithoutQueryHasNoQuestionMark() {
        assertEquals("http://damage-service:8081/api/v1/disasters",
                ForwardedPath.target(URI.create("http://damage-service:8081"), URI.create("/api/v1/disasters")).toString());
    }

    @Test
    void dotSegmentsThatCouldEscapeARoutePrefixAreDetected() {
        assertTrue(ForwardedPath.hasDotSegment("/api/v1/totals/../users"));
        assertTrue(ForwardedPath.hasDotSegment("/api/v1/./totals"));
        assertFalse(ForwardedPath.hasDotSegment("/api/v1/damage-reports/v1.2"));
        assertFalse(ForwardedPath.hasDotSegment("/api/v1/damage-reports/..x"));
    }
}
