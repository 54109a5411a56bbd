package org.recoverytracker.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoverytracker.aggregation.DamageEventMother.newDisaster;
import static org.recoverytracker.aggregation.Eventually.await;
import static org.recoverytracker.aggregation.RebuildEventMother.HALFWAY;
import static org.recoverytracker.aggregation.RebuildEventMother.NGUYEN_BINH;
import static org.recoverytracker.aggregation.RebuildEventMother.SONG_BANG;
import static org.recoverytracker.aggregation.RebuildEventMother.SONG_HIEN;
import static org.recoverytracker.aggregation.RebuildEventMother.amended;
import static org.recoverytracker.aggregation.RebuildEventMother.daysBeforeHalfway;
import static org.recoverytracker.aggregation.RebuildEventMother.houses;
import static org.recoverytracker.aggregation.RebuildEventMother.progress;
import static org.recoverytracker.aggregation.RebuildEventMother.registered;
import static org.recoverytracker.aggregation.RebuildEventMother.reportedTarget;
import static org.recoverytracker.aggregation.RebuildEventMother.road;
import static org.recoverytracker.aggregation.RebuildEventMother.targetProgress;
import static org.recoverytracker.aggregation.RebuildEventMother.targetSet;
import static org.recoverytracker.aggregation.RebuildEventMother.unit;
import static org.recoverytracker.aggregation.TotalsApi.child;
import static org.recoverytracker.aggregation.TotalsApi.number;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.event.DomainEvent;
import org.recoverytracker.contracts.rebuild.MeasureMethod;
import org.recoverytracker.contracts.rebuild.RecoveryProject;
import org.recoverytracker.contracts.rebuild.RecoveryTarget;
import org.recoverytracker.contracts.rebuild.Sector;
import org.recoverytracker.contracts.rebuild.TargetMeasure;

/** What coordinators read about rebuilding once projects, targets and progress reach the real topic. Now is {@link RebuildEventMother#HALFWAY}. */
@MicronautTest(transactional = false)
class RebuildProgressIT extends RunningServiceIT {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put(PinnedClock.PROPERTY, HALFWAY.toString());
        return properties;
    }

    private final EventTopic rebuild = new EventTopic(Topics.REBUILD_PROGRESS);

    @AfterAll
    void closeRebuild() {
        rebuild.close();
    }

    private void publish(DomainEvent... events) {
        rebuild.publish(events);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.values().forEach(items::add);
        return items;
    }

    private static String text(JsonNode node, String field) {
        return node.get(field).getStringValue();
    }

    @Test
    void aProjectHalfwayAtTwentyPercentLagsAndItsUnitRanksBelowAUnitOnSchedule() {
        String disaster = newDisaster("lag");
        UUID lagging = UUID.randomUUID();
        UUID onSchedule = UUID.randomUUID();
        publish(registered(lagging, houses(disaster, SONG_HIEN, unit("HUYEN-CHAM"))),
                registered(onSchedule, houses(disaster, NGUYEN_BINH, unit("HUYEN-DUNG-HAN"))),
                progress(lagging, daysBeforeHalfway(1), "20", 2_000_000_000L),
                progress(onSchedule, daysBeforeHalfway(1), "50", 5_000_000_000L));

        JsonNode units = await(PATIENCE).until(() -> api.json("/api/v1/lagging-units?disaster=" + disaster).get("units"),
                u -> u.size() == 2 && list(u).stream().allMatch(unit -> number(unit.get("percentOfPlan")) != null
                        && number(unit.get("percentOfPlan")).signum() > 0));

        JsonNode worst = units.get(0);
        assertThat(text(worst, "code")).isEqualTo("HUYEN-CHAM");
        assertThat(number(worst.get("rank"))).isEqualByComparingTo("1");
        assertThat(number(worst.get("percentOfPlan"))).isEqualByComparingTo("40");
        assertThat(text(worst, "status")).isEqualTo("OFF_TRACK");
        JsonNode project = worst.get("projects").get(0);
        assertThat(text(project, "projectId")).isEqualTo(lagging.toString());
        assertThat(project.get("lagging").getBooleanValue()).isTrue();
        assertThat(number(project.get("expected"))).isEqualByComparingTo("50");
        assertThat(number(project.get("achieved"))).isEqualByComparingTo("20");
        JsonNode onTrack = units.get(1);
        assertThat(text(onTrack, "code")).isEqualTo("HUYEN-DUNG-HAN");
        assertThat(text(onTrack, "status")).isEqualTo("ON_TRACK");
        assertThat(number(onTrack.get("laggingProjects"))).isEqualByComparingTo("0");
    }

    @Test
    void targetsAt31And75And79And97PercentRankInThatOrderAndTheSummaryCountsThoseOffTrack() {
        String disaster = newDisaster("targets");
        Map<String, String> achievedByName = Map.of("Seventy-nine", "79", "Thirty-one", "31", "Ninety-seven", "97",
                "Seventy-five", "75");
        achievedByName.forEach((name, achieved) -> {
            UUID targetId = UUID.randomUUID();
            // planned 200 over the 100 days: 100 expected by now, so the achieved value is the percent of plan
            publish(reportedTarget(targetId, disaster, name, "200"), targetProgress(targetId, daysBeforeHalfway(2), achieved));
        });

        JsonNode answer = await(PATIENCE).until(() -> api.json("/api/v1/targets?disaster=" + disaster),
                a -> a.get("targets").size() == 4 && list(a.get("targets")).stream().allMatch(t -> t.get("achievedAsOf").isString()));

        List<JsonNode> targets = list(answer.get("targets"));
        assertThat(targets).extracting(t -> text(t, "nameEn"))
                .containsExactly("Thirty-one", "Seventy-five", "Seventy-nine", "Ninety-seven");
        assertThat(targets).extracting(t -> number(t.get("percentOfPlan")))
                .containsExactly(new BigDecimal("31"), new BigDecimal("75"), new BigDecimal("79"), new BigDecimal("97"));
        assertThat(targets).extracting(t -> text(t, "status")).containsExactly("OFF_TRACK", "AT_RISK", "AT_RISK", "ON_TRACK");
        assertThat(number(targets.getFirst().get("expected"))).isEqualByComparingTo("100");
        JsonNode summary = answer.get("summary");
        assertThat(number(summary.get("offTrack"))).isEqualByComparingTo("1");
        assertThat(text(summary, "text")).isEqualTo("1 of 4 targets off track, 2 at risk");
    }

    @Test
    void aTargetMeasuredFromProjectsSumsTheCompletedQuantityOfItsSectorInItsArea() {
        String disaster = newDisaster("measured");
        UUID targetId = UUID.randomUUID();
        UUID inDistrict = UUID.randomUUID();
        UUID inCity = UUID.randomUUID();
        UUID roadInDistrict = UUID.randomUUID();
        RecoveryTarget housingInDistrict = new RecoveryTarget("Nhà ở Nguyên Bình", "Houses in Nguyên Bình", NGUYEN_BINH,
                disaster, unit("UBND-052"), new BigDecimal("100"), "house", RebuildEventMother.START, RebuildEventMother.END,
                new TargetMeasure(MeasureMethod.PROJECT_QUANTITY, Sector.HOUSING, null), List.of());
        publish(registered(inDistrict, houses(disaster, NGUYEN_BINH, unit("A"))),
                registered(inCity, houses(disaster, SONG_HIEN, unit("A"))),
                registered(roadInDistrict, road(disaster, NGUYEN_BINH, unit("B"))),
                targetSet(targetId, housingInDistrict),
                progress(inDistrict, daysBeforeHalfway(3), "45", 0),
                progress(inCity, daysBeforeHalfway(3), "30", 0),
                progress(roadInDistrict, daysBeforeHalfway(3), "6", 0));

        JsonNode target = await(PATIENCE).until(() -> api.json("/api/v1/targets?disaster=" + disaster).get("targets"),
                t -> t.size() == 1 && t.get(0).get("achievedAsOf").isString()).get(0);

        assertThat(number(target.get("achieved"))).isEqualByComparingTo("45");
        assertThat(number(target.get("percentOfPlan"))).isEqualByComparingTo("90");
        assertThat(text(target, "status")).isEqualTo("ON_TRACK");
    }

    @Test
    void anOlderProgressUpdateArrivingLateDoesNotOverrideANewerOne() {
        String disaster = newDisaster("late");
        UUID projectId = UUID.randomUUID();
        RecoveryProject project = houses(disaster, NGUYEN_BINH, unit("SXD"));
        publish(registered(projectId, project), progress(projectId, daysBeforeHalfway(5), "60", 6_000_000_000L));
        await(PATIENCE).until(() -> completed(disaster, ""), done -> done != null && done.compareTo(new BigDecimal("60")) == 0);

        RecoveryProject renamed = new RecoveryProject(disaster, NGUYEN_BINH, Sector.HOUSING, "house-rebuild", "Renamed after the late update",
                project.responsibleUnit(), project.target(), project.budgetVnd(), project.plannedStart(), project.plannedEnd(), null);
        // the renaming follows the late update on the project's partition: once it shows, the late update was taken in
        publish(progress(projectId, daysBeforeHalfway(20), "30", 3_000_000_000L), amended(projectId, 2, renamed));
        await(PATIENCE).until(() -> text(api.json("/api/v1/lagging-units?disaster=" + disaster).get("units").get(0)
                .get("projects").get(0), "title"), "Renamed after the late update"::equals);

        assertThat(completed(disaster, "")).isEqualByComparingTo("60");
        assertThat(completed(disaster, "&asOf=" + daysBeforeHalfway(10))).isEqualByComparingTo("30");
        JsonNode totals = api.json("/api/v1/totals/rebuild?disaster=" + disaster);
        assertThat(number(totals.get("sectors").get(0).get("disbursedVnd"))).isEqualByComparingTo("6000000000");
    }

    @Test
    void totalsAddUpTheProjectsOfEveryAreaBelowPerSectorAndCountARedeliveredEventOnce() {
        String disaster = newDisaster("totals");
        UUID hien = UUID.randomUUID();
        UUID bang = UUID.randomUUID();
        UUID district = UUID.randomUUID();
        var hienRegistered = registered(hien, houses(disaster, SONG_HIEN, unit("TP")));
        var hienProgress = progress(hien, daysBeforeHalfway(1), "40", 4_000_000_000L);
        publish(hienRegistered, hienRegistered, hienProgress, hienProgress,
                registered(bang, houses(disaster, SONG_BANG, unit("TP"))),
                progress(bang, daysBeforeHalfway(1), "10", 1_000_000_000L),
                registered(district, road(disaster, NGUYEN_BINH, unit("SGTVT"))));

        JsonNode city = await(PATIENCE).until(() -> api.json("/api/v1/totals/rebuild?disaster=" + disaster + "&area=040"),
                t -> t.get("sectors").size() == 1 && number(t.get("sectors").get(0).get("disbursedVnd")).signum() > 0
                        && number(t.get("sectors").get(0).get("outputs").get(0).get("completed")).compareTo(new BigDecimal("50")) == 0);

        JsonNode housing = city.get("sectors").get(0);
        assertThat(text(housing, "sector")).isEqualTo("HOUSING");
        assertThat(number(housing.get("projects"))).isEqualByComparingTo("2");
        assertThat(number(housing.get("budgetVnd"))).isEqualByComparingTo("20000000000");
        assertThat(number(housing.get("disbursedVnd"))).isEqualByComparingTo("5000000000");
        assertThat(number(housing.get("percentDisbursed"))).isEqualByComparingTo("25");
        assertThat(number(housing.get("byStatus").get("inProgress"))).isEqualByComparingTo("2");
        JsonNode output = housing.get("outputs").get(0);
        assertThat(number(output.get("target"))).isEqualByComparingTo("200");
        assertThat(number(output.get("percentComplete"))).isEqualByComparingTo("25");
        assertThat(number(child(city, SONG_HIEN).get("sectors").get(0).get("outputs").get(0).get("completed")))
                .isEqualByComparingTo("40");
        JsonNode province = api.json("/api/v1/totals/rebuild?disaster=" + disaster);
        assertThat(list(province.get("sectors"))).extracting(s -> text(s, "sector")).containsExactly("HOUSING", "TRANSPORT");
        assertThat(number(child(province, NGUYEN_BINH).get("sectors").get(0).get("budgetVnd"))).isEqualByComparingTo("25000000000");
    }

    @Test
    void anUnknownAreaOrAMalformedTimeIsAProblemNamingTheParameter() {
        TotalsApi.Failure area = api.failure("/api/v1/lagging-units?area=99999");
        TotalsApi.Failure asOf = api.failure("/api/v1/targets?asOf=yesterday");

        assertThat(area.status()).isEqualTo(404);
        assertThat(area.contentType()).isEqualTo("application/problem+json");
        assertThat(text(area.body().get("invalid-params").get(0), "name")).isEqualTo("area");
        assertThat(asOf.status()).isEqualTo(400);
        assertThat(text(asOf.body().get("invalid-params").get(0), "name")).isEqualTo("asOf");
    }

    private BigDecimal completed(String disaster, String query) {
        JsonNode sectors = api.json("/api/v1/totals/rebuild?disaster=" + disaster + query).get("sectors");
        return sectors.size() == 0 ? null : number(sectors.get(0).get("outputs").get(0).get("completed"));
    }
}
