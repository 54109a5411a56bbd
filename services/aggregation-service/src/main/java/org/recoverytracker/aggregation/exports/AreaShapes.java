package org.recoverytracker.aggregation.exports;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recoverytracker.contracts.area.Gazetteer;

/**
 * Area polygons for the GeoJSON export, by area code: Cao Bằng's pre-reform districts from the contracts (GPL-3.0
 * data, see the README) or the GeoJSON file {@code recovery.exports.area-geojson} names. A feature's code is its
 * most specific {@code admN_code} property (or {@code code}). Areas without a polygon are exported without geometry.
 */
@Singleton
final class AreaShapes {
    private static final List<String> CODE_PROPERTIES = List.of("code", "adm4_code", "adm3_code", "adm2_code", "adm1_code");

    private final Map<String, String> geometries = new HashMap<>();

    AreaShapes(JsonMapper json, @Nullable @Value("${recovery.exports.area-geojson:}") String file) {
        try (InputStream in = file == null || file.isBlank()
                ? Gazetteer.class.getResourceAsStream(Gazetteer.DEFAULT_DISTRICT_GEOJSON)
                : Files.newInputStream(Path.of(file))) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + Gazetteer.DEFAULT_DISTRICT_GEOJSON);
            }
            JsonNode collection = json.readValue(in.readAllBytes(), JsonNode.class);
            for (JsonNode feature : collection.get("features").values()) {
                Optional<String> code = code(feature.get("properties"));
                if (code.isPresent() && feature.get("geometry") != null) {
                    geometries.put(code.get(), json.writeValueAsString(feature.get("geometry")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the area polygons", e);
        }
    }

    /** The area's geometry as GeoJSON text, if a polygon is known for its code. */
    Optional<String> geometry(String areaCode) {
        return Optional.ofNullable(geometries.get(areaCode));
    }

    private static Optional<String> code(@Nullable JsonNode properties) {
        if (properties == null) {
            return Optional.empty();
        }
        return CODE_PROPERTIES.stream().map(properties::get)
                .filter(node -> node != null && node.isString())
                .map(JsonNode::getStringValue)
                .findFirst();
    }
}
