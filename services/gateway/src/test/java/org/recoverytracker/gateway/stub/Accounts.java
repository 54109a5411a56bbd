package org.recoverytracker.gateway.stub;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.recoverytracker.testkit.TestTokens;

/** Signing in and managing accounts over HTTP, as the apps and an admin's browser do. */
public final class Accounts {
    public static final String DEMO_PASSWORD = "yagi-demo-2024";
    public static final String ADMIN = TestTokens.bearer(TestTokens.admin("admin"));

    private final GatewayHttp http;
    private final JsonMapper json;

    public Accounts(GatewayHttp http, JsonMapper json) {
        this.http = http;
        this.json = json;
    }

    public HttpResponse<String> login(String username, String password) {
        return post("/api/v1/auth/login", Map.of("username", username, "password", password), null);
    }

    public HttpResponse<String> refresh(String refreshToken) {
        return post("/api/v1/auth/refresh", Map.of("refreshToken", refreshToken), null);
    }

    public HttpResponse<String> logout(String refreshToken) {
        return post("/api/v1/auth/logout", Map.of("refreshToken", refreshToken), null);
    }

    /** Creates a field officer (as the admin) and returns the answer. */
    public HttpResponse<String> createFieldOfficer(String username, String password, String... areas) {
        return post("/api/v1/users", Map.of("username", username, "password", password, "displayName", "Cán bộ " + username,
                "role", "FIELD_STAFF", "areaCodes", List.of(areas)), ADMIN);
    }

    /** POST as {@code authorization} (null: nobody). */
    public HttpResponse<String> post(String path, Object body, String authorization) {
        return send("POST", path, body, authorization);
    }

    public HttpResponse<String> put(String path, Object body, String authorization) {
        return send("PUT", path, body, authorization);
    }

    public HttpResponse<String> get(String path, String authorization) {
        var request = http.request(path).GET();
        if (authorization == null) {
            request.setHeader("Authorization", "");
        } else {
            request.setHeader("Authorization", authorization);
        }
        return http.send(request);
    }

    private HttpResponse<String> send(String method, String path, Object body, String authorization) {
        try {
            var request = http.request(path).header("Content-Type", "application/json")
                    .method(method, BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            request.setHeader("Authorization", authorization == null ? "" : authorization);
            return http.send(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, Object> map(HttpResponse<String> response) {
        try {
            return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String field(HttpResponse<String> response, String name) {
        return String.valueOf(map(response).get(name));
    }
}
