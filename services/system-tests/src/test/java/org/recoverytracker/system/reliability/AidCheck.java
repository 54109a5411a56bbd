package org.recoverytracker.system.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.recoverytracker.testkit.TestStack;

/**
 * Aid, checked the same way as damage: every acknowledged write is in the donation service's own records, and every
 * area's aid totals equal what those records add up to (DESIGN §5: additive by state — an area holds what was recorded
 * in it or below it; a pledge and its receipts count in the donation's target area, the province when it names none).
 */
final class AidCheck {
    private static final String[] STATES = {"PLEDGED", "RECEIVED", "ALLOCATED", "DISTRIBUTED"};

    private final AreaTree areas;
    private final String disasterId;
    private final String databaseUrl;
    private final Wire wire = new Wire(Duration.ofSeconds(30));

    AidCheck(AreaTree areas, String disasterId, String databaseUrl) {
        this.areas = areas;
        this.disasterId = disasterId;
        this.databaseUrl = databaseUrl;
    }

    /** VND per state and households distributed, in one area and below it. */
    record AidFigures(Map<String, Long> valueVnd, long households) {
    }

    /** Acknowledged writes (their paths) whose donation, receipt, allocation or distribution is not stored. */
    List<String> lost(List<String> acknowledgedPaths) {
        Set<UUID> stored = new HashSet<>(ids("SELECT donation_id FROM donation.donation"));
        stored.addAll(ids("SELECT movement_id FROM donation.aid_movement"));
        return acknowledgedPaths.stream().filter(path -> !stored.contains(UUID.fromString(path.substring(path.lastIndexOf('/') + 1))))
                .map(path -> "lost: acknowledged PUT " + path + " is not stored").toList();
    }

    Map<String, AidFigures> expected() {
        Map<String, Map<String, Long>> own = new HashMap<>();
        Map<String, Long> households = new HashMap<>();
        query("""
                SELECT l.movement, CASE WHEN l.movement IN ('ALLOCATED', 'DISTRIBUTED') THEN m.event->>'areaCode'
                                        ELSE d.content->>'targetAreaCode' END, sum(l.value_vnd)
                FROM donation.aid_line l
                LEFT JOIN donation.aid_movement m ON m.movement_id = l.movement_id
                LEFT JOIN donation.donation d ON d.donation_id = l.donation_id
                WHERE l.fund = ? GROUP BY 1, 2""", row -> own.computeIfAbsent(area(row.getString(2)), a -> new HashMap<>())
                .merge(row.getString(1), row.getLong(3), Long::sum));
        query("""
                SELECT event->>'areaCode', sum((event->>'households')::bigint) FROM donation.aid_movement
                WHERE movement = 'DISTRIBUTED' AND event->>'disasterId' = ? GROUP BY 1""",
                row -> households.merge(area(row.getString(1)), row.getLong(2), Long::sum));
        Map<String, AidFigures> totals = new HashMap<>();
        rollUp(areas.province(), own, households, totals);
        return totals;
    }

    Map<String, JsonNode> fetchAll(Function<String, URI> base) {
        Map<String, JsonNode> answers = new HashMap<>();
        for (String area : areas.all()) {
            Wire.Answer answer = wire.send("GET", base.apply("/api/v1/totals/aid?disaster=" + disasterId + "&area=" + area), null)
                    .filter(a -> a.status() == 200)
                    .orElseThrow(() -> new IllegalStateException("no aid totals for " + area));
            answers.put(area, answer.json());
        }
        return answers;
    }

    List<String> mismatches(Map<String, AidFigures> expected, Map<String, JsonNode> actual) {
        List<String> mismatches = new ArrayList<>();
        for (String area : areas.all()) {
            AidFigures want = expected.get(area);
            JsonNode got = actual.get(area);
            for (String state : STATES) {
                long value = got.path(state.toLowerCase(java.util.Locale.ROOT)).path("valueVnd").asLong(0);
                if (value != want.valueVnd().getOrDefault(state, 0L)) {
                    mismatches.add(area + " aid " + state + ": expected " + want.valueVnd().getOrDefault(state, 0L) + " VND, API has " + value);
                }
            }
            long households = got.path("distributed").path("households").asLong(0);
            if (households != want.households()) {
                mismatches.add(area + " households: expected " + want.households() + ", API has " + households);
            }
        }
        return mismatches;
    }

    private AidFigures rollUp(String area, Map<String, Map<String, Long>> own, Map<String, Long> households,
                              Map<String, AidFigures> totals) {
        Map<String, Long> value = new HashMap<>(own.getOrDefault(area, Map.of()));
        long served = households.getOrDefault(area, 0L);
        for (String child : areas.childrenOf(area)) {
            AidFigures below = rollUp(child, own, households, totals);
            below.valueVnd().forEach((state, vnd) -> value.merge(state, vnd, Long::sum));
            served += below.households();
        }
        AidFigures figures = new AidFigures(value, served);
        totals.put(area, figures);
        return figures;
    }

    private String area(String code) {
        return code == null ? areas.province() : code;
    }

    private interface Row {
        void accept(ResultSet row) throws SQLException;
    }

    private void query(String sql, Row each) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, disasterId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    each.accept(row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the donation schema", e);
        }
    }

    private List<UUID> ids(String sql) {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                ids.add(row.getObject(1, UUID.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the donation schema", e);
        }
        return ids;
    }

    private Connection connect() throws SQLException {
        TestStack stack = TestStack.get();
        return DriverManager.getConnection(databaseUrl, stack.postgresUser(), stack.postgresPassword());
    }
}
