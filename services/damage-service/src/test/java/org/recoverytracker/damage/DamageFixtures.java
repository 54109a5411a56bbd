package org.recoverytracker.damage;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.recoverytracker.testkit.TestTokens;

/** Named requests for the damage service's tests ("mothers"): Typhoon Yagi in Cao Bằng, September 2024. */
public final class DamageFixtures {
    public static final String CAO_BANG_CITY = "040";
    public static final String SONG_HIEN = "01267";
    public static final String SONG_BANG = "01270";
    /** Who sends a request that names nobody: a provincial coordinator, who may do everything this service offers. */
    public static final String COORDINATOR = TestTokens.coordinator("coordinator.test");

    private DamageFixtures() {
    }

    /** A disaster id of the test's own, so tests sharing the broker never see each other's totals. */
    public static String disasterId() {
        return "yagi-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> disaster(String id) {
        return Map.of("id", id, "nameVi", "Bão số 3 (Yagi)", "nameEn", "Typhoon Yagi", "hazards", List.of("TYPHOON", "FLOOD", "LANDSLIDE"),
                "startDate", "2024-09-06", "provinces", List.of("04"));
    }

    /** A quick government report from Sông Hiến ward: 3 dead, 2 missing, as of 12 Sep 2024 12:30 local time. */
    public static Map<String, Object> report(String disasterId) {
        Map<String, Object> report = new HashMap<>();
        report.put("disasterId", disasterId);
        report.put("areaCode", SONG_HIEN);
        report.put("asOf", "2024-09-12T05:30:00Z");
        report.put("source", "GOV");
        report.put("reportType", "QUICK");
        report.put("figures", Map.of("DR-P01", 3, "DR-P02", 2));
        report.put("note", "Sạt lở đất tại tổ 5");
        return report;
    }

    public static Map<String, Object> with(Map<String, Object> request, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(request);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }

    public static void declare(HttpClient client, String disasterId) {
        client.toBlocking().exchange(HttpRequest.POST("/api/v1/disasters", disaster(disasterId)).bearerAuth(COORDINATOR));
    }

    /** An answer with its status, content type, ETag and body, error statuses included, so a test can assert on a 4xx. */
    public record Answer(int status, String contentType, String etag, String body) {
    }

    /** Sends {@code request} as the {@link #COORDINATOR} unless it carries an Authorization header of its own. */
    public static Answer send(HttpClient client, HttpRequest<?> request) {
        if (request instanceof MutableHttpRequest<?> mutable && !request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            mutable.bearerAuth(COORDINATOR);
        }
        HttpResponse<?> response;
        try {
            response = client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
        }
        return new Answer(response.code(), response.getContentType().map(Object::toString).orElse(""),
                response.getHeaders().get("ETag"), response.getBody(String.class).orElse(""));
    }
}
