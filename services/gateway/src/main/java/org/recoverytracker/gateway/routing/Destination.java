package org.recoverytracker.gateway.routing;

import java.net.URI;

/** Where an {@code /api} request goes. */
public sealed interface Destination {

    /** A downstream service: forward the request to {@code baseUrl} + the original path and query. */
    record Downstream(String service, URI baseUrl) implements Destination {
    }

    /** The gateway's own endpoints (identity, issue 6): handled here, never proxied. */
    record Local() implements Destination {
    }

    /** No service owns the path. */
    record Unknown() implements Destination {
    }
}
