package org.recoverytracker.contracts.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The default gazetteer: Cao Bằng before and after the 2025 reform. */
class GazetteerTest {
    private static final Gazetteer CAO_BANG = Gazetteer.loadDefault();
    private static final BoundaryVersion THREE_TIER = CAO_BANG.version("2020-03-01").orElseThrow();
    private static final BoundaryVersion TWO_TIER = CAO_BANG.version("2025-07-01").orElseThrow();
    private static final LocalDate YAGI = LocalDate.of(2024, 9, 10);

    @Test
    void threeTierHoldsUntilTheReformAndTwoTierFromIt() {
        assertEquals(List.of(THREE_TIER, TWO_TIER), CAO_BANG.versions());
        assertEquals(LocalDate.of(2025, 6, 30), THREE_TIER.validTo());
        assertNull(TWO_TIER.validTo());
        assertEquals(List.of(AreaLevel.PROVINCE, AreaLevel.DISTRICT, AreaLevel.COMMUNE), THREE_TIER.levels());
        assertEquals(List.of(AreaLevel.PROVINCE, AreaLevel.COMMUNE), TWO_TIER.levels());
        assertEquals(Optional.of(THREE_TIER), CAO_BANG.versionAt(LocalDate.of(2025, 6, 30)));
        assertEquals(Optional.of(TWO_TIER), CAO_BANG.versionAt(LocalDate.of(2025, 7, 1)));
        assertEquals(Optional.empty(), CAO_BANG.versionAt(LocalDate.of(2020, 2, 29)));
        assertEquals(Optional.empty(), CAO_BANG.version("2025-03-01"));
        assertEquals(Optional.empty(), CAO_BANG.version("two-tier"));
    }

    @Test
    void anEventTimeIsDatedInVietnamNotInUtc() {
        Instant halfPastMidnightFirstOfJuly = Instant.parse("2025-06-30T17:30:00Z");
        assertEquals(Optional.of(TWO_TIER), CAO_BANG.versionAt(halfPastMidnightFirstOfJuly));
        assertEquals("Thục Phán", CAO_BANG.find("01273", halfPastMidnightFirstOfJuly).orElseThrow().nameVi());
    }

    @Test
    void aReusedCodeMeansTheAreaValidAtTheFactsDate() {
        Area before = CAO_BANG.find("01273", YAGI).orElseThrow();
        assertEquals(new Area("01273", AreaLevel.COMMUNE, "Hợp Giang", "Phường", "040", THREE_TIER), before);
        assertEquals(LocalDate.of(2020, 3, 1), before.validFrom());
        assertEquals(LocalDate.of(2025, 6, 30), before.validTo());

        Area after = CAO_BANG.find("01273", LocalDate.of(2025, 7, 1)).orElseThrow();
        assertEquals(new Area("01273", AreaLevel.COMMUNE, "Thục Phán", "Phường", "04", TWO_TIER), after);
        assertEquals("Phường Thục Phán", after.fullName());
    }

    @Test
    void codesAbolishedByTheReformAreNotValidAfterIt() {
        assertTrue(CAO_BANG.find("040", YAGI).isPresent());
        assertTrue(CAO_BANG.find("040", LocalDate.of(2025, 7, 1)).isEmpty(), "districts were abolished");
        assertTrue(CAO_BANG.find("01267", LocalDate.of(2025, 7, 1)).isEmpty(), "Sông Hiến was merged away");
        assertTrue(CAO_BANG.find("01267", LocalDate.of(2019, 1, 1)).isEmpty(), "no boundaries known before 2020");
        assertTrue(CAO_BANG.find("99999", YAGI).isEmpty());
    }

    @Test
    void provinceIsTheRootWithItsPCode() {
        Area province = CAO_BANG.root(THREE_TIER);
        assertEquals(new Area("04", AreaLevel.PROVINCE, "Cao Bằng", "Tỉnh", null, THREE_TIER), province);
        assertEquals(Optional.of("VN04"), province.pCode());
        assertEquals(Optional.empty(), CAO_BANG.find("01273", YAGI).orElseThrow().pCode());
        assertEquals("04", CAO_BANG.root(TWO_TIER).code());
    }

    @Test
    void treesHoldEveryDistrictAndCommuneOfTheirVersion() {
        assertEquals(1 + 10 + 161, CAO_BANG.areas(THREE_TIER).size());
        assertEquals(1 + 56, CAO_BANG.areas(TWO_TIER).size());
        List<Area> districts = CAO_BANG.children("04", THREE_TIER);
        assertEquals(10, districts.size());
        assertTrue(districts.stream().allMatch(d -> d.level() == AreaLevel.DISTRICT));
        assertEquals(new Area("040", AreaLevel.DISTRICT, "Cao Bằng", "Thành phố", "04", THREE_TIER), districts.get(0));
        assertEquals(11, CAO_BANG.children("040", THREE_TIER).size());
        assertEquals(56, CAO_BANG.children("04", TWO_TIER).size());
        assertEquals(List.of(), CAO_BANG.children("01273", THREE_TIER));
    }

    @Test
    void walksUpToTheProvinceAndTellsWhatLiesWithinWhat() {
        assertEquals(List.of("040", "04"), codes(CAO_BANG.ancestors("01273", THREE_TIER)));
        assertEquals(List.of("04"), codes(CAO_BANG.ancestors("01273", TWO_TIER)));
        assertEquals(List.of(), CAO_BANG.ancestors("04", TWO_TIER));
        assertEquals("040", CAO_BANG.parent("01273", THREE_TIER).orElseThrow().code());
        assertTrue(CAO_BANG.parent("04", THREE_TIER).isEmpty());

        assertTrue(CAO_BANG.isWithin("01273", "040", THREE_TIER));
        assertTrue(CAO_BANG.isWithin("01273", "04", THREE_TIER));
        assertTrue(CAO_BANG.isWithin("040", "040", THREE_TIER), "an area lies within itself");
        assertFalse(CAO_BANG.isWithin("01273", "042", THREE_TIER));
        assertFalse(CAO_BANG.isWithin("040", "01273", THREE_TIER));
        assertFalse(CAO_BANG.isWithin("01273", "040", TWO_TIER));
        assertFalse(CAO_BANG.isWithin("99999", "04", THREE_TIER));
    }

    @Test
    void everyOldCommuneWasMergedWholeIntoOneNewCommune() {
        assertEquals(161, CAO_BANG.lineage().size());
        for (Area commune : CAO_BANG.areas(THREE_TIER)) {
            if (commune.level() == AreaLevel.COMMUNE) {
                AreaMapping mapping = CAO_BANG.map(commune.code(), THREE_TIER, TWO_TIER);
                assertTrue(mapping instanceof AreaMapping.Mapped, commune.code() + " maps to " + mapping);
            }
        }
    }

    @Test
    void oldCommunesMapToTheNewCommuneTheyWereMergedInto() {
        Area thucPhan = CAO_BANG.area("01273", TWO_TIER).orElseThrow();
        assertEquals(new AreaMapping.Mapped(thucPhan), CAO_BANG.map("01267", THREE_TIER, TWO_TIER));
        assertEquals(new AreaMapping.Mapped(thucPhan), CAO_BANG.map("01273", THREE_TIER, TWO_TIER));
        assertEquals(new AreaMapping.Mapped(thucPhan), CAO_BANG.map("01696", THREE_TIER, TWO_TIER),
                "a commune of Hòa An district joined the city's new ward");
        assertTrue(CAO_BANG.lineage().stream().anyMatch(l -> l.oldCode().equals("01273") && l.codeReused()));
    }

    @Test
    void provinceMapsToItselfAndDistrictsToNothingAfterTheReform() {
        assertEquals(new AreaMapping.Mapped(CAO_BANG.root(TWO_TIER)), CAO_BANG.map("04", THREE_TIER, TWO_TIER));
        assertEquals(new AreaMapping.Unmapped("040", AreaMapping.Reason.LEVEL_ABOLISHED),
                CAO_BANG.map("040", THREE_TIER, TWO_TIER));
        assertEquals(new AreaMapping.Unmapped("99999", AreaMapping.Reason.UNKNOWN_CODE),
                CAO_BANG.map("99999", THREE_TIER, TWO_TIER));
        assertEquals(new AreaMapping.Mapped(CAO_BANG.area("040", THREE_TIER).orElseThrow()),
                CAO_BANG.map("040", THREE_TIER, THREE_TIER));
    }

    @Test
    void aNewCommuneMadeOfSeveralOldOnesIsFlaggedAsSplitWhenMappedBack() {
        AreaMapping mapping = CAO_BANG.map("01273", TWO_TIER, THREE_TIER);
        AreaMapping.Split split = (AreaMapping.Split) mapping;
        assertEquals(List.of("01267", "01273", "01282", "01705", "01696"), codes(split.candidates()));
        assertEquals("04", split.within().code(), "its old communes lay in two districts");

        AreaMapping.Split baoLam = (AreaMapping.Split) CAO_BANG.map("01290", TWO_TIER, THREE_TIER);
        assertEquals("042", baoLam.within().code(), "all of Xã Bảo Lâm lay in Bảo Lâm district");
    }

    @Test
    void shippedDistrictPolygonsAreTheThreeTierDistricts() throws IOException {
        JsonNode geojson;
        try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.DEFAULT_DISTRICT_GEOJSON)) {
            geojson = ObjectMapper.getDefault().readValue(in.readAllBytes(), JsonNode.class);
        }
        List<String> featureCodes = new ArrayList<>();
        geojson.get("features").values().forEach(f -> featureCodes.add(f.get("properties").get("adm2_code").getStringValue()));

        assertEquals(codes(CAO_BANG.children("04", THREE_TIER)), featureCodes.stream().sorted().toList());
    }

    private static List<String> codes(List<Area> areas) {
        return areas.stream().map(Area::code).toList();
    }
}
