package org.recoverytracker.testkit;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.HashMap;
import java.util.Map;

/**
 * An answer with its status, content type, ETag and body, error statuses included, so a test can assert on a 4xx as
 * plainly as on a 2xx.
 */
public record HttpAnswer(int status, String contentType, String etag, String body) {
    /** Who sends a request that names nobody: a provincial coordinator, who may call every intake endpoint. */
    public static final String COORDINATOR = TestTokens.coordinator("coordinator.test");

    /** Sends {@code request} signed in as the {@link #COORDINATOR}, unless it carries an Authorization header of its own. */
    public static HttpAnswer send(HttpClient client, HttpRequest<?> request) {
        if (request instanceof MutableHttpRequest<?> mutable && !request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            mutable.bearerAuth(COORDINATOR);
        }
        HttpResponse<?> response;
        try {
            response = client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
        }
        return new HttpAnswer(response.code(), response.getContentType().map(Object::toString).orElse(""),
                response.getHeaders().get("ETag"), response.getBody(String.class).orElse(""));
    }

    /** A copy of a JSON request body with one field set, or removed when {@code value} is null. */
    public static Map<String, Object> with(Map<String, Object> request, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(request);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }
}
