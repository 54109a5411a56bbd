package org.recoverytracker.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoverytracker.aggregation.DamageEventMother.DEAD;
import static org.recoverytracker.aggregation.DamageEventMother.HOANG_TUNG;
import static org.recoverytracker.aggregation.DamageEventMother.HOA_AN;
import static org.recoverytracker.aggregation.DamageEventMother.MISSING;
import static org.recoverytracker.aggregation.DamageEventMother.NGUYEN_HUE;
import static org.recoverytracker.aggregation.DamageEventMother.declared;
import static org.recoverytracker.aggregation.DamageEventMother.hoursAfterMorning;
import static org.recoverytracker.aggregation.DamageEventMother.newDisaster;
import static org.recoverytracker.aggregation.DamageEventMother.submitted;
import static org.recoverytracker.aggregation.Eventually.await;
import static org.recoverytracker.aggregation.TotalsApi.value;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recoverytracker.testkit.TestTokens;

/** The damage exports as a coordinator downloads them: every area, in CSV with HXL tags and in GeoJSON. */
@MicronautTest(transactional = false)
class ExportsIT extends RunningServiceIT {
    private static final String COORDINATOR = TestTokens.bearer(TestTokens.coordinator("coordinator.test"));
    private final HttpClient http = HttpClient.newHttpClient();
    private String disaster;

    @BeforeAll
    void reportsAreIn() {
        disaster = newDisaster("export");
        topic.publish(declared(disaster),
                submitted(disaster, HOANG_TUNG, hoursAfterMorning(1), Map.of(DEAD, 3, MISSING, 2)),
                submitted(disaster, NGUYEN_HUE, hoursAfterMorning(1), Map.of(DEAD, 4)),
                submitted(disaster, HOA_AN, hoursAfterMorning(2), Map.of(DEAD, 9)));
        await(PATIENCE).untilAsserted(() -> assertThat(value(api.totals("disaster=" + disaster).get("figures"), DEAD))
                .isEqualByComparingTo(new BigDecimal(9)));
    }

    @Test
    void csvDownloadListsEveryAreaWithHxlTagsAndTheTotalsApisFigures() throws Exception {
        HttpResponse<String> response = get("/api/v1/exports/damage.csv?disaster=" + disaster);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"damage-" + disaster + ".csv\"");
        assertThat(response.headers().firstValue("Transfer-Encoding")).contains("chunked");
        List<CSVRecord> records = parse(response.body().substring(1));
        List<String> header = records.get(0).toList();
        assertThat(records.get(1).toList()).contains("#adm1+code", "#adm2+name", "#affected+killed", "#affected+missing");
        // 1 province + 10 districts + 161 communes, one row each (one source reported)
        assertThat(records).hasSize(2 + 1 + 10 + 161);
        int dead = header.indexOf("Người chết (DR-P01)");
        CSVRecord district = row(records, HOA_AN);
        assertThat(district.get(dead)).isEqualTo("9");
        assertThat(district.get(header.indexOf("discrepancies"))).isEqualTo("DR-P01");
        assertThat(row(records, "04").get(dead)).isEqualTo("9");
        assertThat(row(records, HOANG_TUNG).get(header.indexOf("Người mất tích (DR-P02)"))).isEqualTo("2");
        assertThat(row(records, "01654").get(dead)).isEmpty();
    }

    @Test
    void csvAsOfAnEarlierTimeShowsTheEarlierFigures() throws Exception {
        String asOf = hoursAfterMorning(1).plusSeconds(60).toString();
        List<CSVRecord> records = parse(get("/api/v1/exports/damage.csv?lang=en&disaster=" + disaster + "&asOf=" + asOf).body().substring(1));

        int dead = records.get(0).toList().indexOf("Deaths (DR-P01)");
        assertThat(row(records, HOA_AN).get(dead)).isEqualTo("7");
    }

    @Test
    void geoJsonHasAFeaturePerAreaWithDistrictPolygonsAndFlatFigures() throws Exception {
        HttpResponse<String> response = get("/api/v1/exports/damage.geojson?disaster=" + disaster);

        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/geo+json");
        JsonNode collection = ObjectMapper.getDefault().readValue(response.body(), JsonNode.class);
        assertThat(collection.get("type").getStringValue()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features").size()).isEqualTo(172);
        JsonNode district = feature(collection, HOA_AN);
        assertThat(district.get("geometry").get("type").getStringValue()).isEqualTo("MultiPolygon");
        assertThat(district.get("properties").get("DR-P01_GOV").getIntValue()).isEqualTo(9);
        assertThat(district.get("properties").get("name").getStringValue()).isEqualTo("Huyện Hoà An");
        assertThat(district.get("properties").get("discrepancies").get(0).getStringValue()).isEqualTo("DR-P01_GOV");
        assertThat(feature(collection, HOANG_TUNG).get("geometry").isNull()).isTrue();
    }

    @Test
    void exportWithoutADisasterIsAProblemNamingTheParameter() throws Exception {
        HttpResponse<String> response = get("/api/v1/exports/damage.csv");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"invalid-params\":[{\"name\":\"disaster\"");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Authorization", COORDINATOR).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }

    /** The row of an area: its code stands in the adm column of its level (GSO codes: 2, 3 or 5 digits). */
    private static CSVRecord row(List<CSVRecord> records, String code) {
        String level = switch (code.length()) {
            case 2 -> "PROVINCE";
            case 3 -> "DISTRICT";
            default -> "COMMUNE";
        };
        int column = List.of("PROVINCE", "DISTRICT", "COMMUNE").indexOf(level) * 2;
        return records.stream().skip(2).filter(r -> r.get(6).equals(level) && r.get(column).equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + code));
    }

    private static JsonNode feature(JsonNode collection, String code) {
        for (JsonNode feature : collection.get("features").values()) {
            if (feature.get("id").getStringValue().equals(code)) {
                return feature;
            }
        }
        throw new AssertionError("no feature " + code);
    }
}
