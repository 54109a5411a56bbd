package org.recoverytracker.system.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Raw HTTP as a client on a flaky network sees it: bytes out, a status and body back, or no answer at all. */
final class Wire {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Duration timeout;

    Wire(Duration timeout) {
        this.timeout = timeout;
    }

    /** An answer: status, content type and body text. */
    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
            } catch (JsonProcessingException e) {
                return JSON.nullNode();
            }
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }
    }

    /**
     * The answer, or empty when none came (refused, reset or timed out): the request may or may not have been applied.
     * Signed in as the demo coordinator unless {@code headers} name another {@code Authorization}.
     */
    Optional<Answer> send(String method, URI uri, byte[] body, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .setHeader("Authorization", Credentials.COORDINATOR)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return Optional.of(new Answer(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static byte[] bytes(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
