package org.recoverytracker.gateway.routing;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;

import java.net.InetSocketAddress;
import java.net.URI;

/** How a request's address is carried to the downstream service. */
final class ForwardedPath {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    static final String FORWARDED_PROTO = "X-Forwarded-Proto";
    static final String FORWARDED_HOST = "X-Forwarded-Host";

    private ForwardedPath() {
    }

    /**
     * True when a decoded segment is {@code .} or {@code ..}: the gateway routes by prefix, so a path
     * that could be normalised into another service's prefix further on is refused outright.
     */
    static boolean hasDotSegment(String decodedPath) {
        for (String segment : decodedPath.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** The service's base URL followed by the request's path and query exactly as the browser sent them. */
    static URI target(URI baseUrl, URI requestUri) {
        String base = baseUrl.toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String query = requestUri.getRawQuery();
        return URI.create(base + requestUri.getRawPath() + (query == null ? "" : "?" + query));
    }

    /** Tells the service who really asked: client address, scheme and host, kept if a proxy in front set them. */
    static void addForwardedHeaders(HttpRequest<?> inbound, MutableHttpRequest<?> outbound) {
        InetSocketAddress remote = inbound.getRemoteAddress();
        String client = remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
        String chain = inbound.getHeaders().get(FORWARDED_FOR);
        outbound.getHeaders().set(FORWARDED_FOR, chain == null || chain.isBlank() ? client : chain + ", " + client);
        if (!inbound.getHeaders().contains(FORWARDED_PROTO)) {
            outbound.getHeaders().set(FORWARDED_PROTO, inbound.isSecure() ? "https" : "http");
        }
        String host = inbound.getHeaders().get(HttpHeaders.HOST);
        if (host != null && !inbound.getHeaders().contains(FORWARDED_HOST)) {
            outbound.getHeaders().set(FORWARDED_HOST, host);
        }
    }
}
