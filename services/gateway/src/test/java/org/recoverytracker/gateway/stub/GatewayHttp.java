package org.recoverytracker.gateway.stub;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.recoverytracker.testkit.TestTokens;

/** A plain HTTP client for tests, so what reaches the gateway is exactly what a browser would send: signed in as a coordinator. */
public final class GatewayHttp {
    public static final String COORDINATOR = TestTokens.bearer(TestTokens.coordinator("coordinator.test"));

    private final HttpClient client;
    private final URI base;

    public GatewayHttp(URI base) {
        this.base = base;
        this.client = builder().build();
    }

    /**
     * A client connecting from {@code from}, a loopback address such as 127.0.0.2 (Linux answers all of 127/8), to the
     * gateway's port on 127.0.0.1: how a test is another phone or another office to the gateway.
     */
    public GatewayHttp(URI base, InetAddress from) {
        this.base = URI.create("http://127.0.0.1:" + base.getPort());
        this.client = builder().localAddress(from).build();
    }

    private static HttpClient.Builder builder() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER);
    }

    /** {@link #GatewayHttp(URI, InetAddress)} from a loopback address given as text. */
    public static GatewayHttp from(URI base, String loopbackAddress) {
        try {
            return new GatewayHttp(base, InetAddress.getByName(loopbackAddress));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(loopbackAddress, e);
        }
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
