package org.recoverytracker.aggregation.exports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recoverytracker.aggregation.totals.AreaTable;
import org.recoverytracker.aggregation.totals.TotalsResponses.Figure;
import org.recoverytracker.contracts.damage.Source;
import org.recoverytracker.contracts.indicator.Indicator;

/**
 * Damage totals as CSV (RFC 4180, CRLF): a header row, an HXL hashtag row, then one row per area and source with
 * the headline of every catalogue indicator (empty where nothing is reported). An area with no figure at all still
 * gets a row, with an empty source, so the table lists every area. {@code discrepancies} names the indicators
 * whose own report and children's sum differ.
 */
final class DamageCsv {
    private final List<Indicator> indicators;
    private final int levels;
    private final boolean english;

    DamageCsv(List<Indicator> indicators, int levels, boolean english) {
        this.indicators = indicators;
        this.levels = levels;
        this.english = english;
    }

    /** The header and hashtag rows, with a byte-order mark so spreadsheet programs read the Vietnamese names right. */
    String head() {
        List<String> names = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        names.addAll(List.of("level", "source", "as_of", "discrepancies"));
        tags.addAll(List.of("#meta+level", "#meta+source", "#date+reported", "#meta+discrepancy"));
        for (Indicator indicator : indicators) {
            names.add((english ? indicator.nameEn() : indicator.nameVi()) + " (" + indicator.code() + ")");
            tags.add(HxlTags.of(indicator));
        }
        return CsvText.head(levels, names, tags);
    }

    String rows(AreaTable table, AreaTable.Row row) {
        Map<Source, Map<String, Figure>> bySource = new LinkedHashMap<>();
        row.figures().forEach(figure -> bySource.computeIfAbsent(figure.source(), s -> new LinkedHashMap<>())
                .put(figure.indicator(), figure));
        if (bySource.isEmpty()) {
            return CsvText.line(cells(table, row, null, Map.of()));
        }
        StringBuilder text = new StringBuilder();
        for (Source source : Source.values()) {
            Map<String, Figure> figures = bySource.get(source);
            if (figures != null) {
                text.append(CsvText.line(cells(table, row, source, figures)));
            }
        }
        return text.toString();
    }

    private List<String> cells(AreaTable table, AreaTable.Row row, Source source, Map<String, Figure> figures) {
        List<String> cells = CsvText.areaCells(row.area(), row.above(), levels);
        cells.add(row.area().level().name());
        cells.add(source == null ? "" : source.name());
        cells.add(table.asOf().toString());
        cells.add(String.join(" ", figures.values().stream().filter(Figure::discrepancy).map(Figure::indicator).toList()));
        for (Indicator indicator : indicators) {
            Figure figure = figures.get(indicator.code());
            cells.add(figure == null || figure.value() == null ? "" : CsvText.number(figure.value()));
        }
        return cells;
    }
}
