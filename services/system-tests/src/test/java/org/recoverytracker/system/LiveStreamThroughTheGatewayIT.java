package org.recoverytracker.system;

import org.recoverytracker.testkit.RunningSystem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.recoverytracker.testkit.EventStreamClient;
import org.recoverytracker.testkit.EventStreamClient.Received;

/**
 * The live stream as a dashboard reaches it: through the gateway, which must pass server-sent events on as they
 * come (not buffered) and pass {@code Last-Event-ID} through so a dropped dashboard catches up.
 */
class LiveStreamThroughTheGatewayIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void reportAcceptedThroughTheGatewayIsAnnouncedOnTheGatewaysStreamWithinTwoSeconds() {
        String disaster = Reports.declareDisaster("live-gw");
        try (EventStreamClient stream = open(disaster, null)) {
            assertThat(stream.status()).isEqualTo(200);

            assertThat(Api.put("/api/v1/damage-reports/" + UUID.randomUUID(), Reports.report(disaster, "01696", 3)).status())
                    .isEqualTo(201);
            long accepted = System.nanoTime();

            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
                    .until(() -> !stream.events("damage-totals").isEmpty());
            long millis = (System.nanoTime() - accepted) / 1_000_000;
            JsonNode change = json(stream.events("damage-totals").getFirst());
            assertThat(change.path("areaCode").asText()).isEqualTo("01696");
            assertThat(change.path("areas").toString()).isEqualTo("[\"01696\",\"051\",\"04\"]");
            assertThat(millis).as("from 201 to the event on the gateway's stream, ms").isLessThan(2000);
        }
    }

    @Test
    void dashboardThatReconnectsWithItsLastEventIdGetsWhatItMissed() {
        String disaster = Reports.declareDisaster("resume-gw");
        String lastSeen;
        try (EventStreamClient stream = open(disaster, null)) {
            Api.put("/api/v1/damage-reports/" + UUID.randomUUID(), Reports.report(disaster, "01696", 3));
            await().atMost(Duration.ofSeconds(30)).until(() -> !stream.events("damage-totals").isEmpty());
            lastSeen = stream.events("damage-totals").getLast().id();
        }

        Api.put("/api/v1/damage-reports/" + UUID.randomUUID(), Reports.report(disaster, "01699", 4));
        Api.put("/api/v1/damage-reports/" + UUID.randomUUID(), Reports.report(disaster, "01273", 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> Reports.deaths(disaster, "04") == 8);

        try (EventStreamClient resumed = open(disaster, lastSeen)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> resumed.events("damage-totals").size() >= 2);
            List<String> areas = resumed.events("damage-totals").stream().map(event -> json(event).path("areaCode").asText()).toList();
            assertThat(areas).containsExactlyInAnyOrder("01699", "01273");
        }
    }

    private static EventStreamClient open(String disaster, String lastEventId) {
        return EventStreamClient.open(RunningSystem.get().gateway("/api/v1/stream?disaster=" + disaster), lastEventId);
    }

    private static JsonNode json(Received event) {
        try {
            return JSON.readTree(event.data());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
