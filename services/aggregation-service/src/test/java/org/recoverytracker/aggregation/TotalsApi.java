package org.recoverytracker.aggregation;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.util.Optional;
import org.recoverytracker.testkit.TestTokens;

/** The totals API as a coordinator's browser calls it, over real HTTP, signed in. */
public final class TotalsApi implements AutoCloseable {
    private static final String COORDINATOR = TestTokens.coordinator("coordinator.test");

    private final HttpClient client;
    private final BlockingHttpClient http;
    private final ObjectMapper json = ObjectMapper.getDefault();

    public TotalsApi(URL server) {
        this.client = HttpClient.create(server);
        this.http = client.toBlocking();
    }

    /** The body of {@code GET /api/v1/totals/damage?<query>}, as text. */
    public String totalsText(String query) {
        return http.retrieve(HttpRequest.GET("/api/v1/totals/damage?" + query).bearerAuth(COORDINATOR), String.class);
    }

    /** Any other page of the service, as text (the Prometheus scrape). */
    public String text(String path) {
        return http.retrieve(HttpRequest.GET(path).bearerAuth(COORDINATOR), String.class);
    }

    public JsonNode totals(String query) {
        return parse(totalsText(query));
    }

    /** Any JSON answer of the service, e.g. {@code /api/v1/totals/aid?disaster=…}. */
    public JsonNode json(String pathAndQuery) {
        return parse(http.retrieve(HttpRequest.GET(pathAndQuery).bearerAuth(COORDINATOR), String.class));
    }

    public JsonNode history(String query) {
        return parse(http.retrieve(HttpRequest.GET("/api/v1/totals/damage/history?" + query).bearerAuth(COORDINATOR), String.class));
    }

    /** Status, content type and body of a request expected to fail. */
    public Failure failure(String pathAndQuery) {
        try {
            HttpResponse<String> response = http.exchange(HttpRequest.GET(pathAndQuery).bearerAuth(COORDINATOR), String.class);
            throw new AssertionError("expected an error, got " + response.getStatus() + ": " + response.body());
        } catch (HttpClientResponseException e) {
            String body = e.getResponse().getBody(String.class).orElse("");
            return new Failure(e.getStatus().getCode(), e.getResponse().getContentType().map(Object::toString).orElse(""),
                    parse(body));
        }
    }

    /** The figure for one indicator and source in a {@code figures} array, if there is one. */
    public static Optional<JsonNode> figure(JsonNode figures, String indicator, String source) {
        for (JsonNode figure : figures.values()) {
            if (figure.get("indicator").getStringValue().equals(indicator)
                    && figure.get("source").getStringValue().equals(source)) {
                return Optional.of(figure);
            }
        }
        return Optional.empty();
    }

    /** The headline {@code value} of the GOV figure for an indicator, or null when there is none. */
    public static BigDecimal value(JsonNode figures, String indicator) {
        return figure(figures, indicator, "GOV").map(f -> number(f.get("value"))).orElse(null);
    }

    /** A JSON number without the trailing zeros the tree reader adds ({@code 7} reads back as {@code 7.0}). */
    public static BigDecimal number(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        BigDecimal value = node.getBigDecimalValue().stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    public static JsonNode child(JsonNode totals, String code) {
        for (JsonNode child : totals.get("children").values()) {
            if (child.get("code").getStringValue().equals(code)) {
                return child;
            }
        }
        throw new AssertionError("no child " + code + " in " + totals);
    }

    private JsonNode parse(String text) {
        try {
            return json.readValue(text, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        client.close();
    }

    public record Failure(int status, String contentType, JsonNode body) {
    }
}
