package org.recoverytracker.gateway.routing;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.http.client.HttpClientConfiguration;

/**
 * HTTP client settings for calls to downstream services. A proxy never follows redirects itself:
 * the browser must see them. Timeouts come from {@code gateway.clients.*} in application.yml.
 */
abstract sealed class ProxyClientConfiguration extends HttpClientConfiguration
        permits ProxyClientConfiguration.Requests, ProxyClientConfiguration.Streams {

    private final ConnectionPoolConfiguration pool = new ConnectionPoolConfiguration();

    ProxyClientConfiguration(ApplicationConfiguration application) {
        super(application);
        setFollowRedirects(false);
    }

    @Override
    public ConnectionPoolConfiguration getConnectionPoolConfiguration() {
        return pool;
    }

    /** Ordinary request/response calls: a downstream that stops answering is reported, not waited on. */
    @ConfigurationProperties("gateway.clients.requests")
    static final class Requests extends ProxyClientConfiguration {
        Requests(ApplicationConfiguration application) {
            super(application);
        }
    }

    /** Server-sent event streams: long silences are normal, so the idle limit is far longer. */
    @ConfigurationProperties("gateway.clients.streams")
    static final class Streams extends ProxyClientConfiguration {
        Streams(ApplicationConfiguration application) {
            super(application);
        }
    }
}
