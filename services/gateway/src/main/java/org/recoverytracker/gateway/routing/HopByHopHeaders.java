package org.recoverytracker.gateway.routing;

import io.micronaut.http.MutableHttpHeaders;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Headers that describe one connection, not the message (RFC 9110 §7.6.1), so a proxy drops them in
 * both directions: a browser's {@code Upgrade: h2c} or a service's {@code Connection: close} must
 * not reach the other side. Message framing (Content-Length, Transfer-Encoding) is left to the
 * HTTP client and server, which set it for the connection they write to.
 */
final class HopByHopHeaders {

    private static final List<String> ALWAYS = List.of(
            "connection", "keep-alive", "proxy-connection", "proxy-authenticate", "proxy-authorization",
            "te", "trailer", "upgrade", "http2-settings");

    private HopByHopHeaders() {
    }

    /** Lower-case names to drop: the standard ones and any the Connection header names. */
    static Set<String> names(List<String> connectionHeaderValues) {
        Set<String> names = new HashSet<>(ALWAYS);
        for (String value : connectionHeaderValues) {
            for (String token : value.split(",")) {
                if (!token.isBlank()) {
                    names.add(token.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    static void strip(MutableHttpHeaders headers) {
        names(headers.getAll("Connection")).forEach(headers::remove);
    }
}
