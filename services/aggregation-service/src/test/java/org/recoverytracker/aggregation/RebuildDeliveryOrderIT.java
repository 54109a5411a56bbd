package org.recoverytracker.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.recoverytracker.aggregation.DamageEventMother.CITY;
import static org.recoverytracker.aggregation.DamageEventMother.PROVINCE;
import static org.recoverytracker.aggregation.DamageEventMother.declared;
import static org.recoverytracker.aggregation.DamageEventMother.newDisaster;
import static org.recoverytracker.aggregation.RebuildEventMother.END;
import static org.recoverytracker.aggregation.RebuildEventMother.HALFWAY;
import static org.recoverytracker.aggregation.RebuildEventMother.NGUYEN_BINH;
import static org.recoverytracker.aggregation.RebuildEventMother.SONG_BANG;
import static org.recoverytracker.aggregation.RebuildEventMother.SONG_HIEN;
import static org.recoverytracker.aggregation.RebuildEventMother.START;
import static org.recoverytracker.aggregation.RebuildEventMother.unit;
import static org.recoverytracker.aggregation.TotalsApi.number;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.rebuild.MeasureMethod;
import org.recoverytracker.contracts.rebuild.PlannedOutput;
import org.recoverytracker.contracts.rebuild.ProjectStatus;
import org.recoverytracker.contracts.rebuild.RebuildEvent;
import org.recoverytracker.contracts.rebuild.RebuildProgressReported;
import org.recoverytracker.contracts.rebuild.RecoveryProject;
import org.recoverytracker.contracts.rebuild.RecoveryProjectAmended;
import org.recoverytracker.contracts.rebuild.RecoveryProjectRegistered;
import org.recoverytracker.contracts.rebuild.RecoveryTarget;
import org.recoverytracker.contracts.rebuild.RecoveryTargetAmended;
import org.recoverytracker.contracts.rebuild.RecoveryTargetSet;
import org.recoverytracker.contracts.rebuild.Sector;
import org.recoverytracker.contracts.rebuild.TargetMeasure;
import org.recoverytracker.contracts.rebuild.TargetProgressReported;

/**
 * Issue 9 for rebuilding, as a model: random histories of projects (registered, amended — budget, size, area —,
 * cumulative progress reported and corrected) and of targets (set, amended, progress reported and corrected), each on
 * its own key, are delivered the way a relay whose send failed may put them on the topic ({@link RelayedDelivery});
 * the totals, targets and funding gap must equal what the histories say when replayed in order: each project and
 * target at its latest version, each update at its latest correction, the update with the latest {@code asOf} (at or
 * before now) standing. Now is {@link RebuildEventMother#HALFWAY}; every update has an {@code asOf} of its own.
 */
@MicronautTest(transactional = false)
class RebuildDeliveryOrderIT extends RunningServiceIT {
    private static final List<String> AREAS = List.of(SONG_HIEN, SONG_BANG, NGUYEN_BINH);
    private static final Map<String, String> PARENTS = Map.of(SONG_HIEN, CITY, SONG_BANG, CITY, CITY, PROVINCE,
            NGUYEN_BINH, PROVINCE);
    private static final List<ProjectStatus> REPORTED_STATUSES = List.of(ProjectStatus.IN_PROGRESS, ProjectStatus.SUSPENDED,
            ProjectStatus.COMPLETED);
    private static final int PROJECTS = 30;
    private static final int TARGETS = 12;

    private final EventTopic rebuild = new EventTopic(Topics.REBUILD_PROGRESS);

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put(PinnedClock.PROPERTY, HALFWAY.toString());
        return properties;
    }

    @AfterAll
    void closeRebuild() {
        rebuild.close();
    }

    @Test
    void rebuildingDoesNotDependOnTheOrderAProjectsOrTargetsEventsArriveIn() {
        long seed = RelayedDelivery.seed();
        Random random = new Random(seed);
        String disaster = newDisaster("rebuild-order");
        topic.publish(declared(disaster));
        List<Instant> times = distinctTimes(random);
        List<List<RebuildEvent>> histories = new ArrayList<>();
        for (int i = 0; i < PROJECTS; i++) {
            histories.add(projectHistory(random, disaster, times));
        }
        for (int i = 0; i < TARGETS; i++) {
            histories.add(targetHistory(random, disaster, times));
        }
        histories.forEach(history -> rebuild.publish(RelayedDelivery.asRelayed(random, history).toArray(RebuildEvent[]::new)));
        awaitConsumed(Topics.DAMAGE_REPORTS);
        awaitConsumed(Topics.REBUILD_PROGRESS);

        Model model = new Model(histories);
        Map<String, Object> expected = new LinkedHashMap<>();
        Map<String, Object> actual = new LinkedHashMap<>();
        for (String area : List.of(PROVINCE, CITY, SONG_HIEN, SONG_BANG, NGUYEN_BINH)) {
            expected.put("totals " + area, model.sectors(area));
            actual.put("totals " + area, sectors(api.json("/api/v1/totals/rebuild?disaster=" + disaster + "&area=" + area)));
        }
        expected.put("targets", model.targets());
        actual.put("targets", targets(api.json("/api/v1/targets?disaster=" + disaster)));
        expected.put("funding gap", model.budgets());
        actual.put("funding gap", budgets(api.json("/api/v1/funding-gap?disaster=" + disaster)));
        assertEquals(expected, actual, "-Drecovery.delivery-order.seed=" + seed + " replays this run");
    }

    /** Hours before now (and a few after: not yet standing), each used once, so no two updates tie. */
    private static List<Instant> distinctTimes(Random random) {
        List<Instant> times = new ArrayList<>();
        for (int hour = -48; hour < 40 * 24; hour++) {
            times.add(HALFWAY.minusSeconds(hour * 3600L));
        }
        Collections.shuffle(times, random);
        return times;
    }

    /** A project's life as rebuild-service records it: registered, then amendments and progress (new or corrected). */
    private static List<RebuildEvent> projectHistory(Random random, String disaster, List<Instant> times) {
        UUID projectId = UUID.randomUUID();
        return history(random, RebuildEventMother.registered(projectId, project(random, disaster)), times,
                version -> RebuildEventMother.amended(projectId, version, project(random, disaster)),
                (updateId, version, asOf, recordedAt) -> new RebuildProgressReported(UUID.randomUUID(), asOf, projectId,
                        version, updateId, asOf, BigDecimal.valueOf(random.nextInt(120)), random.nextInt(1_000) * 1_000_000L,
                        REPORTED_STATUSES.get(random.nextInt(REPORTED_STATUSES.size())), null, "field.officer", recordedAt));
    }

    /** A target's life: set, then amendments (another planned value) and, for a reported one, its progress. */
    private static List<RebuildEvent> targetHistory(Random random, String disaster, List<Instant> times) {
        UUID targetId = UUID.randomUUID();
        boolean reported = random.nextInt(3) > 0;
        return history(random, RebuildEventMother.targetSet(targetId, target(random, disaster, reported)), times,
                version -> new RecoveryTargetAmended(UUID.randomUUID(), HALFWAY, targetId, version, version - 1,
                        target(random, disaster, reported), "coordinator.caobang", HALFWAY),
                reported ? (updateId, version, asOf, recordedAt) -> new TargetProgressReported(UUID.randomUUID(), asOf,
                        targetId, version, updateId, asOf, BigDecimal.valueOf(random.nextInt(500)), null, "officer", recordedAt)
                        : null);
    }

    /**
     * One key's events in the order recorded: {@code first} (version 1), then up to five steps, each a new version of
     * the content or (when the key takes progress) an update — new, or a correction of an earlier one under its id at
     * that update's next version — with an {@code asOf} of its own.
     */
    private static List<RebuildEvent> history(Random random, RebuildEvent first, List<Instant> times,
                                              IntFunction<RebuildEvent> amended, ProgressReport progress) {
        List<RebuildEvent> events = new ArrayList<>(List.of(first));
        int version = 1;
        Map<UUID, Integer> updates = new LinkedHashMap<>();
        int steps = random.nextInt(6);
        for (int i = 0; i < steps; i++) {
            int choice = random.nextInt(3);
            if (choice == 0 || progress == null) {
                events.add(amended.apply(++version));
            } else {
                UUID updateId = choice == 1 || updates.isEmpty()
                        ? UUID.randomUUID() : new ArrayList<>(updates.keySet()).get(random.nextInt(updates.size()));
                events.add(progress.report(updateId, updates.merge(updateId, 1, Integer::sum), times.removeLast(),
                        HALFWAY.plusSeconds(60L * events.size())));
            }
        }
        return events;
    }

    /** A progress update of one key; a key that takes none passes {@code null}. */
    private interface ProgressReport {
        RebuildEvent report(UUID updateId, int version, Instant asOf, Instant recordedAt);
    }

    private static RecoveryProject project(Random random, String disaster) {
        String area = AREAS.get(random.nextInt(AREAS.size()));
        long budget = (1 + random.nextInt(1_000)) * 10_000_000L;
        return random.nextBoolean()
                ? new RecoveryProject(disaster, area, Sector.HOUSING, "house-rebuild", "Xây lại nhà tại " + area,
                unit("UBND-" + area), new PlannedOutput(BigDecimal.valueOf(1 + random.nextInt(200)), "house"), budget,
                START, END, null)
                : new RecoveryProject(disaster, area, Sector.TRANSPORT, "road-repair", "Sửa đường tại " + area,
                unit("UBND-" + area), new PlannedOutput(BigDecimal.valueOf(1 + random.nextInt(50)), "km"), budget,
                START, END, null);
    }

    private static RecoveryTarget target(Random random, String disaster, boolean reported) {
        BigDecimal planned = BigDecimal.valueOf(1 + random.nextInt(1_000));
        return reported
                ? new RecoveryTarget("Chỉ tiêu diện tích", "Area restored", PROVINCE, disaster, unit("UBND"), planned, "ha",
                START, END, new TargetMeasure(MeasureMethod.REPORTED, null, null), List.of())
                : new RecoveryTarget("Chỉ tiêu nhà ở", "Houses rebuilt", PROVINCE, disaster, unit("UBND"), planned, "house",
                START, END, new TargetMeasure(MeasureMethod.PROJECT_QUANTITY, Sector.HOUSING, "house-rebuild"), List.of());
    }

    /** An area's rebuilding totals as one line per sector. */
    private static Map<String, String> sectors(JsonNode totals) {
        Map<String, String> sectors = new TreeMap<>();
        for (JsonNode sector : totals.get("sectors").values()) {
            JsonNode status = sector.get("byStatus");
            StringBuilder line = new StringBuilder(sector.get("projects").getIntValue() + " projects, "
                    + status.get("notStarted").getIntValue() + "/" + status.get("inProgress").getIntValue() + "/"
                    + status.get("suspended").getIntValue() + "/" + status.get("completed").getIntValue()
                    + ", budget " + sector.get("budgetVnd").getLongValue()
                    + ", disbursed " + sector.get("disbursedVnd").getLongValue());
            for (JsonNode output : sector.get("outputs").values()) {
                line.append(", ").append(number(output.get("completed")).toPlainString()).append(" of ")
                        .append(number(output.get("target")).toPlainString()).append(' ')
                        .append(output.get("unit").getStringValue());
            }
            if (sector.get("projects").getIntValue() > 0) {
                sectors.put(sector.get("sector").getStringValue(), line.toString());
            }
        }
        return sectors;
    }

    /** Each target's planned value, achieved value and the time of the update a reported one rests on. */
    private static Map<String, String> targets(JsonNode answer) {
        Map<String, String> targets = new TreeMap<>();
        for (JsonNode target : answer.get("targets").values()) {
            JsonNode asOf = target.get("achievedAsOf");
            boolean reported = target.get("measure").getStringValue().equals(MeasureMethod.REPORTED.name());
            targets.put(target.get("targetId").getStringValue(), number(target.get("achieved")).toPlainString() + " of "
                    + number(target.get("plannedValue")).toPlainString()
                    + (reported && asOf != null && !asOf.isNull() ? " as of " + Instant.parse(asOf.getStringValue()) : ""));
        }
        return targets;
    }

    /** The budget the funding gap names for the province and each district holding projects. */
    private static Map<String, Long> budgets(JsonNode gap) {
        Map<String, Long> budgets = new TreeMap<>();
        budgets.put(PROVINCE, gap.get("budgetVnd").getLongValue());
        for (JsonNode child : gap.get("children").values()) {
            if (child.get("budgetVnd").getLongValue() != 0) {
                budgets.put(child.get("code").getStringValue(), child.get("budgetVnd").getLongValue());
            }
        }
        return budgets;
    }

    /** The histories replayed in order, read as the API reads them. */
    private static final class Model {
        private final List<Project> projects = new ArrayList<>();
        private final Map<UUID, Target> targets = new LinkedHashMap<>();

        Model(List<List<RebuildEvent>> histories) {
            for (List<RebuildEvent> history : histories) {
                RecoveryProject project = null;
                RecoveryTarget target = null;
                Map<UUID, Update> updates = new HashMap<>();
                for (RebuildEvent event : history) {
                    switch (event) {
                        case RecoveryProjectRegistered registered -> project = registered.project();
                        case RecoveryProjectAmended amended -> project = amended.project();
                        case RecoveryTargetSet set -> target = set.target();
                        case RecoveryTargetAmended amended -> target = amended.target();
                        case RebuildProgressReported p -> updates.put(p.updateId(),
                                new Update(p.asOf(), p.completedQuantity(), p.disbursedVnd(), p.status()));
                        case TargetProgressReported p -> updates.put(p.updateId(),
                                new Update(p.asOf(), p.achievedValue(), 0, null));
                    }
                }
                Update standing = updates.values().stream().filter(u -> !u.asOf().isAfter(HALFWAY))
                        .max(Comparator.comparing(Update::asOf)).orElse(null);
                if (project != null) {
                    projects.add(new Project(project, standing));
                } else {
                    targets.put(UUID.fromString(history.getFirst().entityId()), new Target(target, standing));
                }
            }
        }

        Map<String, String> sectors(String area) {
            Map<String, String> sectors = new TreeMap<>();
            for (Sector sector : Sector.values()) {
                List<Project> in = projects.stream()
                        .filter(p -> p.content().sector() == sector && within(p.content().areaCode(), area)).toList();
                if (in.isEmpty()) {
                    continue;
                }
                int[] byStatus = new int[4];
                in.forEach(p -> byStatus[switch (p.status()) {
                    case NOT_STARTED -> 0;
                    case IN_PROGRESS -> 1;
                    case SUSPENDED -> 2;
                    case COMPLETED -> 3;
                }]++);
                StringBuilder line = new StringBuilder(in.size() + " projects, " + byStatus[0] + "/" + byStatus[1] + "/"
                        + byStatus[2] + "/" + byStatus[3] + ", budget " + in.stream().mapToLong(p -> p.content().budgetVnd()).sum()
                        + ", disbursed " + in.stream().mapToLong(Project::disbursed).sum());
                Project first = in.getFirst();
                line.append(", ").append(plain(in.stream().map(Project::completed).reduce(BigDecimal.ZERO, BigDecimal::add)))
                        .append(" of ").append(plain(in.stream().map(p -> p.content().target().quantity())
                                .reduce(BigDecimal.ZERO, BigDecimal::add)))
                        .append(' ').append(first.content().target().unit());
                sectors.put(sector.name(), line.toString());
            }
            return sectors;
        }

        Map<String, String> targets() {
            BigDecimal housesCompleted = projects.stream().filter(p -> p.content().sector() == Sector.HOUSING)
                    .map(Project::completed).reduce(BigDecimal.ZERO, BigDecimal::add);
            Map<String, String> lines = new TreeMap<>();
            targets.forEach((id, t) -> {
                boolean reported = t.content().measure().method() == MeasureMethod.REPORTED;
                BigDecimal achieved = reported ? (t.standing() == null ? BigDecimal.ZERO : t.standing().value()) : housesCompleted;
                lines.put(id.toString(), plain(achieved) + " of " + plain(t.content().plannedValue())
                        + (reported && t.standing() != null ? " as of " + t.standing().asOf() : ""));
            });
            return lines;
        }

        Map<String, Long> budgets() {
            Map<String, Long> budgets = new TreeMap<>();
            for (Project p : projects) {
                for (String at = p.content().areaCode(); at != null; at = PARENTS.get(at)) {
                    if (at.equals(PROVINCE) || PARENTS.get(at).equals(PROVINCE)) {
                        budgets.merge(at, p.content().budgetVnd(), Long::sum);
                    }
                }
            }
            return budgets;
        }

        private static boolean within(String code, String area) {
            for (String at = code; at != null; at = PARENTS.get(at)) {
                if (at.equals(area)) {
                    return true;
                }
            }
            return false;
        }

        /** As {@link TotalsApi#number} reads a number back: {@code 5}, never {@code 5.0} or {@code 5E+1}. */
        private static String plain(BigDecimal value) {
            BigDecimal stripped = value.stripTrailingZeros();
            return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        }
    }

    /** A progress update at its latest correction: {@code value} completed (project) or achieved (target). */
    private record Update(Instant asOf, BigDecimal value, long disbursed, ProjectStatus status) {
    }

    private record Project(RecoveryProject content, Update standing) {
        ProjectStatus status() {
            return standing == null ? ProjectStatus.NOT_STARTED : standing.status();
        }

        BigDecimal completed() {
            return standing == null ? BigDecimal.ZERO : standing.value();
        }

        long disbursed() {
            return standing == null ? 0 : standing.disbursed();
        }
    }

    private record Target(RecoveryTarget content, Update standing) {
    }
}
