package org.recoverytracker.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.recoverytracker.testkit.TestTokens;

/** Damage reports and disasters over HTTP, as the field app sends them (HTTP/1.1, one connection per in-flight request). */
final class Reports {
    /** Communes of Cao Bằng valid on the reports' dates (2024). */
    static final List<String> COMMUNES = List.of("01267", "01270", "01273", "01696", "01699");
    /** The reports' asOf: 12 Sep 2024 07:00 in Cao Bằng, plus a second per report where order matters. */
    static final Instant MORNING = Instant.parse("2024-09-12T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The benchmark's system trusts the TEST-ONLY key (RunningSystem), so it writes as the demo coordinator. */
    private static final String COORDINATOR = TestTokens.bearer(TestTokens.coordinator("coordinator"));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    private final URI base;

    Reports(URI base) {
        this.base = base;
    }

    HttpClient http() {
        return http;
    }

    void declare(String disaster) throws IOException, InterruptedException {
        int status = send("POST", "/api/v1/disasters", Map.of("id", disaster, "nameVi", "Bão số 3 (Yagi)",
                "nameEn", "Typhoon Yagi", "hazards", List.of("TYPHOON"), "startDate", "2024-09-06",
                "provinces", List.of("04")));
        if (status != 201) {
            throw new IllegalStateException("declaring " + disaster + " answered " + status);
        }
    }

    /** PUT of a new report: {@code dead} deaths in {@code area} as of {@code asOf}; returns the status. */
    int submit(String disaster, String area, Instant asOf, long dead) throws IOException, InterruptedException {
        return send("PUT", "/api/v1/damage-reports/" + UUID.randomUUID(), Map.of("disasterId", disaster,
                "areaCode", area, "asOf", asOf.toString(), "source", "GOV", "reportType", "DAILY",
                "figures", Map.of("DR-P01", dead)));
    }

    /** The damage totals of {@code area} as served by {@code service} (gateway or an aggregation instance). */
    static JsonNode totals(HttpClient http, URI service, String disaster, String area) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(
                URI.create(service + "/api/v1/totals/damage?disaster=" + disaster + "&area=" + area))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            return null;
        }
        return JSON.readTree(answer.body());
    }

    /** The headline deaths (GOV) of {@code area}, or -1 when nothing stands yet. */
    static long deaths(JsonNode totals) {
        if (totals == null) {
            return -1;
        }
        for (JsonNode figure : totals.path("figures")) {
            if ("DR-P01".equals(figure.path("indicator").asText()) && "GOV".equals(figure.path("source").asText())) {
                return figure.path("value").asLong(-1);
            }
        }
        return -1;
    }

    private int send(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", COORDINATOR)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
