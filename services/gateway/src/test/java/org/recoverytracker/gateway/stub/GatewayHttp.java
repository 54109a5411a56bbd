package org.recoverytracker.gateway.stub;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.recoverytracker.testkit.TestTokens;

/** A plain HTTP client for tests, so what reaches the gateway is exactly what a browser would send: signed in as a coordinator. */
public final class GatewayHttp {
    public static final String COORDINATOR = TestTokens.bearer(TestTokens.coordinator("coordinator.test"));

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final URI base;

    public GatewayHttp(URI base) {
        this.base = base;
    }

    public HttpRequest.Builder request(String pathAndQuery) {
        // concatenated, not resolved: resolving would normalise away the dot segments a test may send
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1) : base.toString();
        return HttpRequest.newBuilder(URI.create(root + pathAndQuery)).timeout(Duration.ofSeconds(20)).setHeader("Authorization", COORDINATOR);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(request(pathAndQuery).GET());
    }

    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
