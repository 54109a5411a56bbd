package org.recoverytracker.gateway.routing;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.recoverytracker.gateway.stub.GatewayHttp;
import org.recoverytracker.gateway.stub.StubService;
import org.recoverytracker.intake.admission.WriteAdmission;
import org.recoverytracker.testkit.TestTokens;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiRoutingIT implements TestPropertyProvider {
    private static final String FIELD_OFFICER = TestTokens.bearer(TestTokens.fieldStaff("officer.test", "04"));

    private StubService damage;
    private StubService aggregation;

    @Inject
    EmbeddedServer gateway;
    @Inject
    JsonMapper json;
    @Inject
    WriteAdmission admission;

    private GatewayHttp http;

    @Override
    public Map<String, String> getProperties() {
        damage = StubService.start("damage-service");
        aggregation = StubService.start("aggregation-service");
        return StubService.gatewayProperties(getClass(), Map.of("damage-service", damage, "aggregation-service", aggregation));
    }

    @BeforeEach
    void client() {
        http = new GatewayHttp(gateway.getURI());
    }

    @AfterAll
    void stopStubs() {
        damage.close();
        aggregation.close();
    }

    @Test
    void theGatewayAdmitsAtMost256WritesAtOnceUnlessToldOtherwise() {
        // GatewayWriteAdmissionIT shows what happens beyond the limit
        assertEquals(256, admission.limit());
    }

    @Test
    void amendmentReachesTheOwningServiceWithPathQueryBodyAndHeadersUnchanged() throws IOException {
        String reportId = UUID.randomUUID().toString();
        String body = "{\"areaCode\":\"04\",\"figures\":{\"DR-P01\":34},\"note\":\"Xã Quang Trung, Trùng Khánh\"}";
        HttpResponse<String> response = http.send(http.request("/api/v1/damage-reports/" + reportId + "?lang=vi&area=04%2C040")
                .header("Content-Type", "application/json")
                .header("If-Match", "\"3\"")
                .setHeader("Authorization", FIELD_OFFICER)
                .PUT(BodyPublishers.ofString(body)));

        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> echo = map(response.body());
        assertEquals("damage-service", echo.get("stub"));
        assertEquals("PUT", echo.get("method"));
        assertEquals("/api/v1/damage-reports/" + reportId, echo.get("path"));
        assertEquals("lang=vi&area=04%2C040", echo.get("query"));
        assertEquals(body, echo.get("body"));
        Map<String, Object> headers = headers(echo);
        assertEquals("\"3\"", headers.get("if-match"));
        assertEquals(FIELD_OFFICER, headers.get("authorization"));
        assertEquals("application/json", headers.get("content-type"));
        assertEquals("damage-service", response.headers().firstValue("X-Stub").orElseThrow());
        assertFalse(headers.containsKey("upgrade") || headers.containsKey("http2-settings"),
                "connection-level headers stay between the browser and the gateway: " + headers);
        assertEquals("127.0.0.1", headers.get("x-forwarded-for"));
    }

    @Test
    void eachPathGoesToTheServiceThatOwnsIt() throws IOException {
        assertEquals("aggregation-service", map(http.get("/api/v1/totals/damage?disaster=2024-yagi&area=04").body()).get("stub"));
        assertEquals("aggregation-service", map(http.get("/api/v1/public/aid-ledger").body()).get("stub"));
        assertEquals("damage-service", map(http.get("/api/v1/disasters").body()).get("stub"));
        Map<String, Object> deleted = map(http.send(http.request("/api/v1/damage-reports/x").DELETE()).body());
        assertEquals("DELETE", deleted.get("method"));
    }

    @Test
    void downstreamErrorAnswerComesBackUnchanged() {
        HttpResponse<String> response = http.send(http.request("/api/v1/damage-reports/" + UUID.randomUUID())
                .header("X-Stub-Status", "412")
                .PUT(BodyPublishers.ofString("{}")));

        assertEquals(412, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("\"7\"", response.headers().firstValue("ETag").orElseThrow());
        assertEquals("{\"title\":\"stub says 412\",\"status\":412}", response.body());
    }

    @Test
    void redirectIsLeftToTheBrowser() {
        HttpResponse<String> response = http.send(http.request("/api/v1/disasters/yagi").header("X-Stub-Status", "303"));

        assertEquals(303, response.statusCode());
        assertEquals("/api/v1/disasters/2024-yagi", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void unknownApiPathIsANotFoundProblem() throws IOException {
        HttpResponse<String> response = http.get("/api/v1/no-such-thing/1");

        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        Map<String, Object> problem = map(response.body());
        assertEquals(404, ((Number) problem.get("status")).intValue());
        assertTrue(problem.get("detail").toString().contains("/api/v1/no-such-thing/1"), response.body());
    }

    @Test
    void gatewaysOwnPathsAreAnsweredHereAndNeverProxied() throws IOException {
        // the gateway's own login answers, refusing a body without a password, even though no route could claim it
        HttpResponse<String> response = http.send(http.request("/api/v1/auth/login")
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString("{\"username\":\"field\"}")));

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertFalse(response.headers().firstValue("X-Stub").isPresent(), "reached a downstream service");
        assertEquals("/api/v1/auth/login", map(response.body()).get("instance"));
        assertTrue(response.body().contains("\"name\":\"password\""), response.body());
    }

    @Test
    void serviceThatIsDownGivesAProblemNamingItInsteadOfAStackTrace() throws IOException {
        HttpResponse<String> response = http.get("/api/v1/recovery-projects?area=04");

        assertEquals(503, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        Map<String, Object> problem = map(response.body());
        assertEquals("rebuild-service", problem.get("service"));
        assertTrue(problem.get("detail").toString().contains("rebuild-service"), response.body());
        assertFalse(response.body().contains("Exception") || response.body().contains("at io."), response.body());
    }

    @Test
    void requestIdIsCreatedWhenMissingAndForwardedAndEchoed() throws IOException {
        HttpResponse<String> created = http.get("/api/v1/disasters");
        String id = created.headers().firstValue("X-Request-Id").orElseThrow();
        assertEquals(id, headers(map(created.body())).get("x-request-id"));

        HttpResponse<String> kept = http.send(http.request("/api/v1/disasters").header("X-Request-Id", "phone-7.retry-2"));
        assertEquals("phone-7.retry-2", kept.headers().firstValue("X-Request-Id").orElseThrow());
        assertEquals("phone-7.retry-2", headers(map(kept.body())).get("x-request-id"));
    }

    @Test
    void bodyUpToTheLimitPassesWholeAndALargerOneIsRefused() throws IOException {
        String nearLimit = "x".repeat(900 * 1024);
        HttpResponse<String> accepted = http.send(http.request("/api/v1/damage-reports").header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString(nearLimit)));
        assertEquals(200, accepted.statusCode());
        assertEquals(nearLimit.length(), ((Number) map(accepted.body()).get("bodyLength")).intValue());

        HttpResponse<String> refused = http.send(http.request("/api/v1/damage-reports").header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString("x".repeat(2 * 1024 * 1024))));
        assertEquals(413, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void chunkedBodyOverTheLimitIsRefusedToo() {
        byte[] body = new byte[2 * 1024 * 1024];
        // a stream has no Content-Length: the limit can only be found while the body passes through
        HttpResponse<String> refused = http.send(http.request("/api/v1/damage-reports").header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
        assertEquals(413, refused.statusCode(), refused.body());
    }

    @Test
    void pathThatCouldEscapeItsRoutePrefixIsRefused() {
        HttpResponse<String> response = http.get("/api/v1/totals/%2e%2e/%2e%2e/users");

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    }

    private Map<String, Object> map(String body) throws IOException {
        return json.readValue(body, io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> headers(Map<String, Object> echo) {
        return (Map<String, Object>) echo.get("headers");
    }
}
