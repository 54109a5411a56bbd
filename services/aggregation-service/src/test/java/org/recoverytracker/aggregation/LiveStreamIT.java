package org.recoverytracker.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recoverytracker.aggregation.DamageEventMother.DEAD;
import static org.recoverytracker.aggregation.DamageEventMother.HOANG_TUNG;
import static org.recoverytracker.aggregation.DamageEventMother.HOA_AN;
import static org.recoverytracker.aggregation.DamageEventMother.HOP_GIANG;
import static org.recoverytracker.aggregation.DamageEventMother.NGUYEN_HUE;
import static org.recoverytracker.aggregation.DamageEventMother.PROVINCE;
import static org.recoverytracker.aggregation.DamageEventMother.declared;
import static org.recoverytracker.aggregation.DamageEventMother.hoursAfterMorning;
import static org.recoverytracker.aggregation.DamageEventMother.newDisaster;
import static org.recoverytracker.aggregation.DamageEventMother.submitted;
import static org.recoverytracker.aggregation.Eventually.await;
import static org.recoverytracker.aggregation.TotalsApi.value;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.recoverytracker.aggregation.damage.DamageTotalsChanged;
import org.recoverytracker.aggregation.damage.DamageTotalsChanges;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.aid.Cash;
import org.recoverytracker.testkit.EventStreamClient;
import org.recoverytracker.testkit.EventStreamClient.Received;

/** What a dashboard connected to {@code GET /api/v1/stream} is told, and when. */
@MicronautTest(transactional = false)
class LiveStreamIT extends RunningServiceIT {
    /** Boundary version of the pre-reform (three-tier) areas. */
    private static final LocalDate THREE_TIER = LocalDate.of(2020, 3, 1);

    private final EventTopic aid = new EventTopic(Topics.AID_DONATIONS);
    private final EventTopic rebuild = new EventTopic(Topics.REBUILD_PROGRESS);
    @Inject
    ApplicationEventPublisher<DamageTotalsChanges> changes;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("recovery.aggregation.stream.heartbeat", "1s");
        return properties;
    }

    @Test
    void committedReportIsAnnouncedWithItsAreaAndEveryAreaAboveItAndItsFiguresAreAlreadyThere() throws IOException {
        String disaster = newDisaster("live");
        try (EventStreamClient stream = open("?disaster=" + disaster, null)) {
            assertThat(stream.status()).isEqualTo(200);
            topic.publish(declared(disaster), submitted(disaster, HOANG_TUNG, hoursAfterMorning(1), Map.of(DEAD, 3)));

            await(PATIENCE).until(() -> !stream.events("damage-totals").isEmpty());
            // announced after commit: a page that refetches on the event finds the new figure at once
            assertThat(value(api.totals("disaster=" + disaster + "&area=" + PROVINCE).get("figures"), DEAD))
                    .isEqualByComparingTo(new BigDecimal(3));
            Received event = stream.events("damage-totals").getFirst();
            JsonNode data = json(event.data());
            assertThat(event.id()).isNotBlank();
            assertThat(data.get("disasterId").getStringValue()).isEqualTo(disaster);
            assertThat(data.get("areaCode").getStringValue()).isEqualTo(HOANG_TUNG);
            assertThat(data.get("areaName").getStringValue()).isEqualTo("Xã Hoàng Tung");
            assertThat(data.get("level").getStringValue()).isEqualTo("COMMUNE");
            assertThat(data.get("boundaries").getStringValue()).isEqualTo("2020-03-01");
            assertThat(strings(data.get("areas"))).containsExactly(HOANG_TUNG, HOA_AN, PROVINCE);
        }
    }

    @Test
    void streamReopenedWithTheLastIdSeenGetsTheChangesMadeWhileItWasAway() throws IOException {
        String disaster = newDisaster("resume");
        // the ring keeps the last 1,000 events: taking in the rest of the shared topic meanwhile would push ours out
        awaitConsumed(Topics.DAMAGE_REPORTS);
        String lastSeen;
        try (EventStreamClient stream = open("?disaster=" + disaster, null)) {
            topic.publish(declared(disaster), submitted(disaster, HOANG_TUNG, hoursAfterMorning(1), Map.of(DEAD, 3)));
            await(PATIENCE).until(() -> !stream.events("damage-totals").isEmpty());
            lastSeen = stream.events("damage-totals").getLast().id();
        }

        topic.publish(submitted(disaster, NGUYEN_HUE, hoursAfterMorning(2), Map.of(DEAD, 4)),
                submitted(disaster, HOP_GIANG, hoursAfterMorning(2), Map.of(DEAD, 1)));
        await(PATIENCE).untilAsserted(() -> assertThat(value(api.totals("disaster=" + disaster).get("figures"), DEAD))
                .isEqualByComparingTo(new BigDecimal(8)));

        try (EventStreamClient resumed = open("?disaster=" + disaster, lastSeen)) {
            await(Duration.ofSeconds(5)).until(() -> resumed.events("damage-totals").size() >= 2);
            List<String> areas = resumed.events("damage-totals").stream().map(LiveStreamIT::areaOf).toList();
            assertThat(areas).containsExactly(NGUYEN_HUE, HOP_GIANG);
        }
    }

    @Test
    void committedAidAndRebuildingChangesAreAnnouncedUnderTheirOwnNamesToTheirDisastersPages() throws IOException {
        String disaster = newDisaster("live-recovery");
        String other = newDisaster("live-other");
        try (EventStreamClient stream = open("?disaster=" + disaster, null)) {
            aid.publish(AidEvents.pledged(UUID.randomUUID(), other, AidEvents.thanhChuong(), null, List.of(Cash.vnd(5_000_000L)), List.of()),
                    AidEvents.pledged(UUID.randomUUID(), disaster, AidEvents.thanhChuong(), null, List.of(Cash.vnd(7_000_000L)), List.of()));
            rebuild.publish(RebuildEventMother.registered(UUID.randomUUID(),
                    RebuildEventMother.houses(disaster, HOA_AN, RebuildEventMother.unit("SXD"))));

            await(PATIENCE).until(() -> !stream.events("aid-totals").isEmpty() && !stream.events("rebuild-totals").isEmpty());
            // announced after commit, like damage: the page that refetches finds the pledge already counted
            assertThat(api.json("/api/v1/totals/aid?disaster=" + disaster).get("pledged").get("valueVnd").getLongValue()).isEqualTo(7_000_000L);
            assertThat(stream.events("aid-totals")).hasSize(1);
            assertThat(json(stream.events("aid-totals").getFirst().data()).get("disasterId").getStringValue()).isEqualTo(disaster);
            assertThat(json(stream.events("rebuild-totals").getFirst().data()).get("disasterId").getStringValue()).isEqualTo(disaster);
        }
    }

    @Test
    void idTheServiceNoLongerKnowsIsAnsweredWithAResyncEvent() {
        try (EventStreamClient stream = open("", "before-a-restart-42")) {
            await(Duration.ofSeconds(5)).until(() -> !stream.events("resync").isEmpty());

            Received resync = stream.events("resync").getFirst();
            assertThat(resync.data()).contains("unknown-id");
            assertThat(resync.id()).isNotBlank();
        }
    }

    @Test
    void changesOfABatchThatRolledBackAreNeverAnnounced() {
        String rolledBack = newDisaster("rolled-back");
        String committed = newDisaster("committed");
        try (EventStreamClient stream = open("", null)) {
            assertThatThrownBy(() -> transactions.executeWrite(status -> {
                changes.publishEvent(new DamageTotalsChanges(List.of(
                        new DamageTotalsChanged(UUID.randomUUID(), rolledBack, HOANG_TUNG, THREE_TIER))));
                throw new IllegalStateException("the database refused the batch");
            })).isInstanceOf(IllegalStateException.class);
            transactions.executeWrite(status -> {
                changes.publishEvent(new DamageTotalsChanges(List.of(
                        new DamageTotalsChanged(UUID.randomUUID(), committed, HOANG_TUNG, THREE_TIER))));
                return null;
            });

            await(Duration.ofSeconds(5)).until(() -> stream.events("damage-totals").stream().anyMatch(e -> e.data().contains(committed)));
            assertThat(stream.events()).noneMatch(e -> e.data().contains(rolledBack));
        }
    }

    @Test
    void quietStreamCarriesHeartbeatCommentsSoProxiesKeepItOpen() {
        try (EventStreamClient stream = open("?disaster=" + newDisaster("quiet"), null)) {
            await(Duration.ofSeconds(5)).until(() -> stream.comments().contains("heartbeat"));
            assertThat(stream.events()).extracting(Received::name).containsExactly("hello");
        }
    }

    @AfterAll
    void closeTopics() {
        aid.close();
        rebuild.close();
    }

    private EventStreamClient open(String query, String lastEventId) {
        return EventStreamClient.open(URI.create(server.getURL() + "/api/v1/stream" + query), lastEventId);
    }

    private static JsonNode json(String text) throws IOException {
        return ObjectMapper.getDefault().readValue(text, JsonNode.class);
    }

    private static String areaOf(Received event) {
        try {
            return json(event.data()).get("areaCode").getStringValue();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.values().forEach(node -> strings.add(node.getStringValue()));
        return strings;
    }
}
