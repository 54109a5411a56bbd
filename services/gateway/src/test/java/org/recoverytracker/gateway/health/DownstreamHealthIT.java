package org.recoverytracker.gateway.health;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.recoverytracker.gateway.stub.GatewayHttp;
import org.recoverytracker.gateway.stub.StubService;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DownstreamHealthIT implements TestPropertyProvider {

    private StubService damage;

    @Inject
    EmbeddedServer gateway;
    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        damage = StubService.start("damage-service");
        return StubService.gatewayProperties(getClass(), Map.of("damage-service", damage));
    }

    @AfterAll
    void stopStub() {
        damage.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void gatewayStaysUpWhenServicesAreDownAndSaysWhichAnswer() throws IOException {
        GatewayHttp http = new GatewayHttp(gateway.getURI());
        HttpResponse<String> response = http.get("/health");

        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> health = json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
        assertEquals("UP", health.get("status"));
        Map<String, Object> downstream = (Map<String, Object>) ((Map<String, Object>) health.get("details")).get("downstream");
        assertEquals("UP", downstream.get("status"));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) downstream.get("details");
        assertEquals(true, services.get("damage-service").get("reachable"));
        for (String down : new String[]{"donation-service", "rebuild-service", "aggregation-service"}) {
            assertEquals(false, services.get(down).get("reachable"), down);
            assertEquals("UNREACHABLE", services.get(down).get("status"), down);
        }
    }
}
