package org.recoverytracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's targets as a coordinator and a field officer record them through the gateway, and as the aggregation then
 * judges them: a target set with {@code PUT /api/v1/recovery-targets/{id}}, its achieved value reported by the officer
 * of its area, and an amendment that raises the plan, each reaching {@code GET /api/v1/targets} with its status.
 */
class RebuildThroughTheGatewayIT {
    private static final String NGUYEN_BINH = "052";

    @Test
    void aReportedTargetIsTrackedAndRaisingItsPlanTurnsItOffTrack() {
        String disaster = Reports.declareDisaster("rebuild-e2e");
        UUID targetId = UUID.randomUUID();
        String target = "/api/v1/recovery-targets/" + targetId;
        Map<String, Object> forest = Recovery.forestTargetBody(disaster, NGUYEN_BINH, 1200);

        assertThat(Api.put(target, forest).status()).isEqualTo(201);
        Api.Answer reported = Api.put(target + "/progress/" + UUID.randomUUID(),
                Map.of("asOf", "2025-03-20T09:00:00Z", "achievedValue", 1200), "Authorization", Fixtures.FIELD);
        assertThat(reported.status()).as("%s", reported.body()).isEqualTo(201);

        // the deadline (31 March 2025) has passed, so all 1,200 ha were expected: met in full
        JsonNode met = Recovery.awaitAnswer("/api/v1/targets?disaster=" + disaster,
                answer -> "ON_TRACK".equals(answer.path("targets").path(0).path("status").asText()));
        JsonNode line = met.path("targets").path(0);
        assertThat(line.path("targetId").asText()).isEqualTo(targetId.toString());
        assertThat(line.path("achieved").asDouble()).isEqualTo(1200.0);
        assertThat(line.path("percentOfPlan").asDouble()).isCloseTo(100.0, within(0.01));
        assertThat(met.path("summary").path("offTrack").asInt()).isZero();

        Map<String, Object> raised = new HashMap<>(forest);
        raised.put("plannedValue", 1500);
        Api.Answer amended = Api.put(target, raised, "If-Match", "\"1\"");
        assertThat(amended.status()).as("%s", amended.body()).isEqualTo(200);

        JsonNode missed = Recovery.awaitAnswer("/api/v1/targets?disaster=" + disaster,
                answer -> "OFF_TRACK".equals(answer.path("targets").path(0).path("status").asText()));
        assertThat(missed.path("targets").path(0).path("plannedValue").asInt()).isEqualTo(1500);
        assertThat(missed.path("targets").path(0).path("percentOfPlan").asDouble()).isCloseTo(80.0, within(0.01));
        assertThat(missed.path("summary").path("text").asText()).isEqualTo("1 of 1 targets off track, 0 at risk");
    }
}
