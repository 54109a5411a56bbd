package org.recoverytracker.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.recoverytracker.testkit.RunningSystem;
import org.recoverytracker.testkit.TestTokens;

/**
 * A browser's view of the API: JSON over HTTP to the gateway, signed in as the demo coordinator unless a call names
 * its own {@code Authorization}. {@link #call} reaches any address (a service directly) with any token or none.
 */
public final class Api {
    /** The demo coordinator's access token, as the gateway would mint it. */
    public static final String COORDINATOR = TestTokens.bearer(TestTokens.coordinator("coordinator"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Api() {
    }

    public record Answer(int status, JsonNode body, HttpHeaders headers) {
    }

    /** A body sent as it is (a photo), not as JSON. */
    public record Upload(byte[] bytes, String contentType) {
    }

    public static Answer put(String path, Object body, String... headers) {
        return send(request(path, headers).PUT(json(body)));
    }

    public static Answer post(String path, Object body, String... headers) {
        return send(request(path, headers).POST(json(body)));
    }

    public static Answer get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /**
     * {@code method} to {@code uri} with a JSON body (null: none) and {@code authorization} (null: no header at all). An
     * event stream that opens is answered with its status and headers at once, and closed.
     */
    public static Answer call(String method, URI uri, Object body, String authorization) {
        // as a browser does: JSON preferred, but a stream or a download is what some endpoints give
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, */*;q=0.5");
        if (body instanceof Upload upload) {
            builder.header("Content-Type", upload.contentType()).method(method, HttpRequest.BodyPublishers.ofByteArray(upload.bytes()));
        } else {
            builder.header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : json(body));
        }
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        try {
            HttpResponse<InputStream> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream stream = response.body()) {
                if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
                    return new Answer(response.statusCode(), JSON.nullNode(), response.headers());
                }
                return new Answer(response.statusCode(), parse(new String(stream.readAllBytes(), StandardCharsets.UTF_8)),
                        response.headers());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder request(String path, String... headers) {
        URI uri = RunningSystem.get().gateway(path);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        boolean authorized = false;
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
            authorized |= headers[i].equalsIgnoreCase("Authorization");
        }
        if (!authorized) {
            builder.header("Authorization", COORDINATOR);
        }
        return builder;
    }

    /** JSON as a tree; other text (a CSV export, a page) as a text node. */
    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(text);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(text);
        }
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), parse(response.body()), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
