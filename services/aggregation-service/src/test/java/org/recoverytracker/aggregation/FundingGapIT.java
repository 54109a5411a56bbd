package org.recoverytracker.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoverytracker.aggregation.AidEvents.allocated;
import static org.recoverytracker.aggregation.DamageEventMother.newDisaster;
import static org.recoverytracker.aggregation.Eventually.await;
import static org.recoverytracker.aggregation.RebuildEventMother.SONG_BANG;
import static org.recoverytracker.aggregation.RebuildEventMother.SONG_HIEN;
import static org.recoverytracker.aggregation.RebuildEventMother.houses;
import static org.recoverytracker.aggregation.RebuildEventMother.registered;
import static org.recoverytracker.aggregation.RebuildEventMother.unit;
import static org.recoverytracker.aggregation.TotalsApi.child;
import static org.recoverytracker.aggregation.TotalsApi.number;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.Topics;

/** Budget needed by the projects of an area − aid allocated there, from the real rebuild and aid topics. */
@MicronautTest(transactional = false)
class FundingGapIT extends RunningServiceIT {
    private final EventTopic rebuild = new EventTopic(Topics.REBUILD_PROGRESS);
    private final EventTopic aid = new EventTopic(Topics.AID_DONATIONS);

    @AfterAll
    void closeTopics() {
        rebuild.close();
        aid.close();
    }

    /** Cao Bằng city in the three-tier boundaries (today's have no city district): the disaster is not declared here. */
    private JsonNode gap(String disaster) {
        return api.json("/api/v1/funding-gap?area=040&boundaries=2024-09-06&disaster=" + disaster);
    }

    private static long vnd(JsonNode node, String field) {
        return number(node.get(field)).longValueExact();
    }

    @Test
    void fundingGapFallsWhenAidIsAllocatedToTheArea() {
        String disaster = newDisaster("gap");
        rebuild.publish(registered(UUID.randomUUID(), houses(disaster, SONG_HIEN, unit("TP"))),
                registered(UUID.randomUUID(), houses(disaster, SONG_BANG, unit("TP"))));
        JsonNode before = await(RunningServiceIT.PATIENCE).until(() -> gap(disaster), g -> vnd(g, "budgetVnd") == 20_000_000_000L);
        assertThat(vnd(before, "allocatedVnd")).isZero();
        assertThat(vnd(before, "gapVnd")).isEqualTo(20_000_000_000L);

        aid.publish(allocated(null, disaster, SONG_HIEN, 4_000_000_000L), allocated(null, "another-" + disaster, SONG_HIEN, 1L));
        JsonNode after = await(RunningServiceIT.PATIENCE).until(() -> gap(disaster), g -> vnd(g, "allocatedVnd") > 0);

        assertThat(vnd(after, "allocatedVnd")).isEqualTo(4_000_000_000L);
        assertThat(vnd(after, "gapVnd")).isEqualTo(16_000_000_000L);
        JsonNode hien = child(after, SONG_HIEN);
        assertThat(vnd(hien, "gapVnd")).isEqualTo(6_000_000_000L);
        assertThat(vnd(child(after, SONG_BANG), "gapVnd")).isEqualTo(10_000_000_000L);
        assertThat(after.get("children").get(0).get("code").getStringValue())
                .as("the ward shortest of money comes first").isEqualTo(SONG_BANG);
    }
}
