package org.recoverytracker.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoverytracker.aggregation.AidEvents.allocated;
import static org.recoverytracker.aggregation.AidEvents.distributed;
import static org.recoverytracker.aggregation.AidEvents.pledged;
import static org.recoverytracker.aggregation.AidEvents.received;
import static org.recoverytracker.aggregation.AidEvents.thanhChuong;
import static org.recoverytracker.aggregation.DamageEventMother.CITY;
import static org.recoverytracker.aggregation.DamageEventMother.PROVINCE;
import static org.recoverytracker.aggregation.DamageEventMother.declared;
import static org.recoverytracker.aggregation.DamageEventMother.newDisaster;
import static org.recoverytracker.aggregation.Eventually.await;
import static org.recoverytracker.aggregation.RebuildEventMother.HALFWAY;
import static org.recoverytracker.aggregation.RebuildEventMother.SONG_BANG;
import static org.recoverytracker.aggregation.RebuildEventMother.SONG_HIEN;
import static org.recoverytracker.aggregation.RebuildEventMother.houses;
import static org.recoverytracker.aggregation.RebuildEventMother.registered;
import static org.recoverytracker.aggregation.RebuildEventMother.reportedTarget;
import static org.recoverytracker.aggregation.RebuildEventMother.road;
import static org.recoverytracker.aggregation.RebuildEventMother.unit;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.aid.AidAllocated;
import org.recoverytracker.contracts.aid.Cash;
import org.recoverytracker.contracts.rebuild.ProjectStatus;
import org.recoverytracker.contracts.rebuild.RebuildProgressReported;
import org.recoverytracker.testkit.TestTokens;

/**
 * The aid and rebuilding exports as a coordinator downloads them: every area, CSV with an HXL row, the same figures
 * as the totals APIs give for the same disaster. Thanh Chương's 300 million reach Sông Hiến; houses are rebuilt there
 * and a road in Sông Bằng.
 */
@MicronautTest(transactional = false)
class FundingExportsIT extends RunningServiceIT {
    private static final String COORDINATOR = TestTokens.bearer(TestTokens.coordinator("coordinator.test"));
    private static final int AREAS = 1 + 10 + 161;
    private static final List<String> EXPORTS = List.of("aid.csv", "rebuild.csv");

    private final EventTopic aid = new EventTopic(Topics.AID_DONATIONS);
    private final EventTopic rebuild = new EventTopic(Topics.REBUILD_PROGRESS);
    private final HttpClient http = HttpClient.newHttpClient();
    private String disaster;

    @BeforeAll
    void aidAndProjectsAreIn() {
        disaster = newDisaster("funding-export");
        topic.publish(declared(disaster));
        UUID donation = UUID.randomUUID();
        AidAllocated housing = allocated(donation, disaster, SONG_HIEN, 200_000_000L);
        aid.publish(pledged(donation, disaster, thanhChuong(), CITY, List.of(Cash.vnd(300_000_000L)), List.of()),
                received(donation, 2, List.of(Cash.vnd(300_000_000L)), List.of()),
                housing, distributed(housing, SONG_HIEN, 40, 100_000_000L));
        UUID houses = UUID.randomUUID();
        rebuild.publish(registered(houses, houses(disaster, SONG_HIEN, unit("TP"))),
                registered(UUID.randomUUID(), road(disaster, SONG_BANG, unit("SGTVT"))),
                new RebuildProgressReported(UUID.randomUUID(), HALFWAY, houses, 1, UUID.randomUUID(), HALFWAY,
                        new BigDecimal("100"), 9_000_000_000L, ProjectStatus.COMPLETED, null, "field.officer", HALFWAY),
                reportedTarget(UUID.randomUUID(), disaster, "Land cleared", "50"));
        await(PATIENCE).until(() -> api.json("/api/v1/totals/aid?disaster=" + disaster),
                t -> t.get("distributed").get("valueVnd").getLongValue() == 100_000_000L
                        && t.get("boundaries").getStringValue().equals("2020-03-01"));
        await(PATIENCE).until(() -> api.json("/api/v1/funding-gap?disaster=" + disaster),
                g -> g.get("budgetVnd").getLongValue() == 35_000_000_000L);
        await(PATIENCE).until(() -> api.json("/api/v1/totals/rebuild?disaster=" + disaster),
                t -> t.get("sectors").size() == 2 && sector(t.get("sectors"), "HOUSING").get("disbursedVnd").getLongValue() > 0);
        await(PATIENCE).until(() -> api.json("/api/v1/targets?disaster=" + disaster),
                t -> t.get("summary").get("total").getIntValue() == 1);
    }

    @AfterAll
    void closeTopics() {
        aid.close();
        rebuild.close();
    }

    @Test
    void aidCsvListsEveryAreaWithHxlTagsAndTheAidTotalsOfEach() throws Exception {
        HttpResponse<String> response = get("/api/v1/exports/aid.csv?disaster=" + disaster);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"aid-" + disaster + ".csv\"");
        assertThat(response.headers().firstValue("Transfer-Encoding")).contains("chunked");
        List<CSVRecord> records = parse(response.body());
        List<String> header = records.get(0).toList();
        assertThat(records.get(1).toList()).contains("#adm1+code", "#adm2+name", "#adm3+code", "#value+funding+pledged+vnd",
                "#value+funding+received+vnd", "#value+funding+allocated+vnd", "#value+funding+distributed+vnd", "#reached+hh");
        assertThat(records).hasSize(2 + AREAS);
        for (String area : List.of(PROVINCE, CITY, SONG_HIEN, SONG_BANG)) {
            JsonNode totals = api.json("/api/v1/totals/aid?disaster=" + disaster + "&area=" + area);
            CSVRecord row = row(records, area);
            for (String state : List.of("pledged", "received", "allocated", "distributed")) {
                assertThat(row.get(header.indexOf(state + "_vnd"))).as(state + " in " + area)
                        .isEqualTo(Long.toString(totals.get(state).get("valueVnd").getLongValue()));
            }
            assertThat(row.get(header.indexOf("households_reached")))
                    .isEqualTo(Integer.toString(totals.get("distributed").get("households").getIntValue()));
        }
        CSVRecord hien = row(records, SONG_HIEN);
        assertThat(hien.get(header.indexOf("allocated_vnd"))).isEqualTo("200000000");
        assertThat(hien.get(header.indexOf("households_reached"))).isEqualTo("40");
        assertThat(hien.get(header.indexOf("parent_code"))).isEqualTo(CITY);
        assertThat(row(records, PROVINCE).get(header.indexOf("donors_received"))).isEqualTo("1");
    }

    @Test
    void rebuildCsvGivesEachAreaAndSectorWithTheFundingGapAndTargetsOfTheApis() throws Exception {
        HttpResponse<String> response = get("/api/v1/exports/rebuild.csv?disaster=" + disaster);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"rebuild-" + disaster + ".csv\"");
        List<CSVRecord> records = parse(response.body());
        List<String> header = records.get(0).toList();
        assertThat(records.get(1).toList()).contains("#adm1+code", "#sector+code", "#value+funding+required+vnd",
                "#value+funding+allocated+vnd", "#value+funding+gap+vnd");
        // an ALL row per area, and a row per sector with projects: province and city 2 each, each ward 1
        assertThat(records).hasSize(2 + AREAS + 6);
        for (String area : List.of(PROVINCE, CITY, SONG_HIEN)) {
            JsonNode gap = api.json("/api/v1/funding-gap?disaster=" + disaster + "&area=" + area);
            CSVRecord all = row(records, area, "ALL");
            assertThat(all.get(header.indexOf("funding_required_vnd"))).isEqualTo(text(gap.get("budgetVnd")));
            assertThat(all.get(header.indexOf("funded_vnd"))).isEqualTo(text(gap.get("allocatedVnd")));
            assertThat(all.get(header.indexOf("gap_vnd"))).isEqualTo(text(gap.get("gapVnd")));
            JsonNode housing = sector(api.json("/api/v1/totals/rebuild?disaster=" + disaster + "&area=" + area).get("sectors"), "HOUSING");
            CSVRecord housingRow = row(records, area, "HOUSING");
            assertThat(housingRow.get(header.indexOf("projects_planned"))).isEqualTo(text(housing.get("projects")));
            assertThat(housingRow.get(header.indexOf("projects_done"))).isEqualTo(text(housing.get("byStatus").get("completed")));
            assertThat(housingRow.get(header.indexOf("disbursed_vnd"))).isEqualTo(text(housing.get("disbursedVnd")));
        }
        CSVRecord province = row(records, PROVINCE, "ALL");
        assertThat(province.get(header.indexOf("gap_vnd"))).isEqualTo("34800000000");
        assertThat(province.get(header.indexOf("projects_planned"))).isEqualTo("2");
        assertThat(province.get(header.indexOf("projects_done"))).isEqualTo("1");
        assertThat(province.get(header.indexOf("percent_done"))).isEqualTo("50");
        JsonNode summary = api.json("/api/v1/targets?disaster=" + disaster).get("summary");
        assertThat(province.get(header.indexOf("targets"))).isEqualTo(text(summary.get("total")));
        assertThat(province.get(header.indexOf("targets_off_track"))).isEqualTo(text(summary.get("offTrack")));
        assertThat(row(records, SONG_HIEN, "HOUSING").get(header.indexOf("gap_vnd"))).as("only ALL rows carry the gap").isEmpty();
    }

    @Test
    void theDashboardsDisasterIdNamesTheDisasterToo() throws Exception {
        assertThat(get("/api/v1/exports/aid.csv?disasterId=" + disaster).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/exports/rebuild.csv?disasterId=" + disaster).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownDisasterIsNotFound() throws Exception {
        for (String export : EXPORTS) {
            HttpResponse<String> response = get("/api/v1/exports/" + export + "?disaster=never-" + UUID.randomUUID());

            assertThat(response.statusCode()).as(export).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(response.body()).contains("\"invalid-params\":[{\"name\":\"disaster\"");
        }
    }

    @Test
    void badBoundariesAreAProblemNamingTheParameter() throws Exception {
        for (String export : EXPORTS) {
            for (String boundaries : List.of("last-year", "1900-01-01")) {
                HttpResponse<String> response = get("/api/v1/exports/" + export + "?disaster=" + disaster
                        + "&boundaries=" + boundaries);

                assertThat(response.statusCode()).as(export + " " + boundaries).isEqualTo(400);
                assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(response.body()).contains("\"invalid-params\":[{\"name\":\"boundaries\"");
            }
        }
    }

    @Test
    void anExportWithoutADisasterIsAProblemNamingTheParameter() throws Exception {
        for (String export : EXPORTS) {
            HttpResponse<String> response = get("/api/v1/exports/" + export);

            assertThat(response.statusCode()).as(export).isEqualTo(400);
            assertThat(response.body()).contains("\"invalid-params\":[{\"name\":\"disaster\"");
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Authorization", COORDINATOR).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String text(JsonNode number) {
        return TotalsApi.number(number).toPlainString();
    }

    private static JsonNode sector(JsonNode sectors, String name) {
        for (JsonNode sector : sectors.values()) {
            if (sector.get("sector").getStringValue().equals(name)) {
                return sector;
            }
        }
        throw new AssertionError("no sector " + name + " in " + sectors);
    }

    /** Without the byte-order mark, which is there for spreadsheets. */
    private static List<CSVRecord> parse(String text) throws IOException {
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.parse(text.substring(1), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }

    private static CSVRecord row(List<CSVRecord> records, String code) {
        return rows(records, code).findFirst().orElseThrow(() -> new AssertionError("no row for " + code));
    }

    private static CSVRecord row(List<CSVRecord> records, String code, String sector) {
        int column = records.get(0).toList().indexOf("sector");
        return rows(records, code).filter(r -> r.get(column).equals(sector)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + sector + " row for " + code));
    }

    /** An area's rows: its code stands in the adm column of its level (GSO codes: 2, 3 or 5 digits). */
    private static java.util.stream.Stream<CSVRecord> rows(List<CSVRecord> records, String code) {
        int column = switch (code.length()) {
            case 2 -> 0;
            case 3 -> 2;
            default -> 4;
        };
        int level = records.get(0).toList().indexOf("level");
        String name = List.of("PROVINCE", "DISTRICT", "COMMUNE").get(column / 2);
        return records.stream().skip(2).filter(r -> r.get(level).equals(name) && r.get(column).equals(code));
    }
}
