package org.recoverytracker.aggregation.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.recoverytracker.aggregation.totals.AreaTable;
import org.recoverytracker.aggregation.totals.TotalsResponses.Figure;
import org.recoverytracker.contracts.area.Area;
import org.recoverytracker.contracts.area.BoundaryVersion;
import org.recoverytracker.contracts.area.Gazetteer;
import org.recoverytracker.contracts.damage.Source;
import org.recoverytracker.contracts.indicator.IndicatorCatalogue;

class DamageCsvTest {
    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
    private static final BoundaryVersion THREE_TIER = GAZETTEER.versions().getFirst();
    private static final Instant AS_OF = Instant.parse("2024-09-20T00:00:00Z");
    private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.loadDefault();

    private final DamageCsv csv = new DamageCsv(CATALOGUE.all(), 3, false);
    private final AreaTable table = new AreaTable("2024-yagi", AS_OF, "2020-03-01", List.of());

    private static Area area(String code) {
        return GAZETTEER.area(code, THREE_TIER).orElseThrow();
    }

    private static Figure figure(String indicator, Source source, String value, String childrenSum) {
        BigDecimal reported = new BigDecimal(value);
        BigDecimal children = childrenSum == null ? null : new BigDecimal(childrenSum);
        return new Figure(indicator, source, reported, reported, AS_OF, children, children == null ? null : AS_OF,
                children != null && reported.compareTo(children) != 0);
    }

    /** Each record of CSV text, read by an independent parser (RFC 4180). */
    static List<List<String>> records(String text) {
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            return parser.getRecords().stream().map(CSVRecord::toList).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(String line) {
        return records(line).getFirst();
    }

    @Test
    void hashtagRowTagsEveryColumnOfTheHeaderWithDeathsAndMissingAsHxlAffected() {
        List<List<String>> lines = records(csv.head());

        assertThat(csv.head()).startsWith("\uFEFFadm1_code,adm1_name,adm2_code,adm2_name,adm3_code,adm3_name,level,source");
        assertThat(lines).hasSize(2);
        List<String> header = lines.get(0);
        List<String> tags = lines.get(1);
        assertThat(tags).hasSameSizeAs(header).allMatch(tag -> tag.matches("#[a-z0-9]+(\\+[a-z0-9_]+)*"));
        assertThat(tags.get(header.indexOf("Người chết (DR-P01)"))).isEqualTo("#affected+killed");
        assertThat(tags.get(header.indexOf("Người mất tích (DR-P02)"))).isEqualTo("#affected+missing");
        assertThat(tags).startsWith("#adm1+code", "#adm1+name", "#adm2+code", "#adm2+name");
        assertThat(tags).doesNotHaveDuplicates();
    }

    @Test
    void englishHeaderNamesTheIndicatorsInEnglish() {
        assertThat(new DamageCsv(CATALOGUE.all(), 3, true).head()).contains("Deaths (DR-P01)").doesNotContain("Người chết");
    }

    @Test
    void communeRowNamesItsProvinceDistrictAndItselfAndKeepsSourcesApart() {
        AreaTable.Row row = new AreaTable.Row(area("01696"), List.of(area("04"), area("051")), List.of(
                figure("DR-P01", Source.GOV, "3", null),
                figure("DR-A01", Source.GOV, "12.50", null),
                figure("DR-P01", Source.ORG, "4", null)));

        List<List<String>> lines = records(csv.rows(table, row));

        assertThat(lines).hasSize(2);
        List<String> gov = lines.get(0);
        List<String> header = records(csv.head()).get(0);
        assertThat(gov.subList(0, 10)).containsExactly("04", "Tỉnh Cao Bằng", "051", "Huyện Hoà An", "01696",
                "Xã Hoàng Tung", "COMMUNE", "GOV", "2024-09-20T00:00:00Z", "");
        assertThat(gov.get(header.indexOf("Người chết (DR-P01)"))).isEqualTo("3");
        assertThat(gov.get(header.indexOf("Người bị thương (DR-P03)"))).isEmpty();
        assertThat(gov.stream().filter("12.5"::equals)).hasSize(1);
        assertThat(lines.get(1).get(7)).isEqualTo("ORG");
        assertThat(lines.get(1).get(header.indexOf("Người chết (DR-P01)"))).isEqualTo("4");
    }

    @Test
    void districtRowListsTheIndicatorsWhereItsReportAndItsCommunesDisagree() {
        AreaTable.Row row = new AreaTable.Row(area("051"), List.of(area("04")),
                List.of(figure("DR-P01", Source.GOV, "43", "41"), figure("DR-P02", Source.GOV, "5", "5")));

        List<String> cells = cells(csv.rows(table, row).strip());

        assertThat(cells.subList(0, 6)).containsExactly("04", "Tỉnh Cao Bằng", "051", "Huyện Hoà An", "", "");
        assertThat(cells.get(9)).isEqualTo("DR-P01");
    }

    @Test
    void areaWithNothingReportedStillHasARow() {
        String text = csv.rows(table, new AreaTable.Row(area("04"), List.of(), List.of()));

        assertThat(text).startsWith("04,Tỉnh Cao Bằng,,,,,PROVINCE,,2024-09-20T00:00:00Z,").endsWith("\r\n");
        assertThat(records(text)).hasSize(1);
    }

    @Test
    void cellsWithCommasOrQuotesAreQuoted() {
        DamageCsv oneColumn = new DamageCsv(List.of(new org.recoverytracker.contracts.indicator.Indicator(
                "X-1", "people", "Người \"khác\", tạm", "Other, temporary", "person", null, null)), 1, false);

        assertThat(oneColumn.head()).contains("\"Người \"\"khác\"\", tạm (X-1)\"");
    }

    @Test
    void numbersAreWrittenPlainWithoutTrailingZeros() {
        assertThat(CsvText.number(new BigDecimal("43.000"))).isEqualTo("43");
        assertThat(CsvText.number(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(CsvText.number(new BigDecimal("0.50"))).isEqualTo("0.5");
    }
}
