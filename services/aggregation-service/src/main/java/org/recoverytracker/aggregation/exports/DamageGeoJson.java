package org.recoverytracker.aggregation.exports;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recoverytracker.aggregation.totals.AreaTable;
import org.recoverytracker.aggregation.totals.TotalsResponses.Figure;

/**
 * Damage totals as a GeoJSON FeatureCollection written piece by piece: one feature per area with flat properties
 * (GIS tools read flat ones best): {@code code}, {@code name}, {@code level}, {@code parentCode}, the headline of
 * each indicator and source as {@code <indicator>_<source>} (e.g. {@code DR-P01_GOV}) and the indicators with a
 * discrepancy. {@code geometry} is null for an area without a known polygon, as GeoJSON allows.
 */
final class DamageGeoJson {
    private final JsonMapper json;
    private final AreaShapes shapes;

    DamageGeoJson(JsonMapper json, AreaShapes shapes) {
        this.json = json;
        this.shapes = shapes;
    }

    String opening(AreaTable table) {
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("disasterId", table.disasterId());
        about.put("asOf", table.asOf().toString());
        about.put("boundaries", table.boundaries());
        return "{\"type\":\"FeatureCollection\",\"metadata\":" + write(about) + ",\"features\":[\n";
    }

    String feature(AreaTable.Row row, boolean first) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("code", row.area().code());
        properties.put("name", row.area().fullName());
        properties.put("level", row.area().level().name());
        properties.put("parentCode", row.area().parentCode());
        List<String> discrepancies = new ArrayList<>();
        for (Figure figure : row.figures()) {
            properties.put(figure.indicator() + "_" + figure.source().name(), figure.value());
            if (figure.discrepancy()) {
                discrepancies.add(figure.indicator() + "_" + figure.source().name());
            }
        }
        properties.put("discrepancies", discrepancies);
        String geometry = shapes.geometry(row.area().code()).orElse("null");
        return (first ? "" : ",\n") + "{\"type\":\"Feature\",\"id\":" + write(row.area().code())
                + ",\"properties\":" + write(properties) + ",\"geometry\":" + geometry + "}";
    }

    String closing() {
        return "\n]}\n";
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
