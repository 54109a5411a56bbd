package org.recoverytracker.gateway.routing;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.http.client.HttpClientConfiguration;
import io.micronaut.runtime.ApplicationConfiguration;

/**
 * HTTP client settings for proxied calls ({@code gateway.client} in application.yml). A proxy never
 * follows redirects itself: the browser must see them. Event streams use {@link EventStreamRelay}.
 */
@ConfigurationProperties("gateway.client")
final class ProxyClientConfiguration extends HttpClientConfiguration {

    private final ConnectionPoolConfiguration pool = new ConnectionPoolConfiguration();

    ProxyClientConfiguration(ApplicationConfiguration application) {
        super(application);
        setFollowRedirects(false);
    }

    @Override
    public ConnectionPoolConfiguration getConnectionPoolConfiguration() {
        return pool;
    }
}
