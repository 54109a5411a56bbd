package org.recoverytracker.contracts.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorCatalogueTest {
    private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.loadDefault();

    @Test
    void defaultCatalogueHasAll36IndicatorsInFileOrder() {
        List<String> codes = CATALOGUE.all().stream().map(Indicator::code).toList();
        assertEquals(36, codes.size());
        assertEquals(List.of("DR-P01", "DR-P02", "DR-P03", "DR-P04", "DR-P05", "DR-P06", "DR-P08", "DR-P07"),
                codes.subList(0, 8));
        assertEquals("DR-L03", codes.get(35));
    }

    @Test
    void findsAnIndicatorWithBothNamesItsUnitAndInternationalCodes() {
        Indicator deaths = CATALOGUE.find("DR-P01").orElseThrow();
        assertEquals(new Indicator("DR-P01", "people", "Người chết", "Deaths", "person", "A-2", "VC_DSR_MORT", false),
                deaths);
        Indicator evacuated = CATALOGUE.find("DR-P06").orElseThrow();
        assertEquals("Số hộ được sơ tán, di dời tạm thời", evacuated.nameVi());
        assertEquals(null, evacuated.sdgSeries());
        assertTrue(CATALOGUE.find("DR-X99").isEmpty());
        assertTrue(CATALOGUE.find(null).isEmpty());
    }

    @Test
    void groupsComeInTheOrderTheFileIntroducesThem() {
        assertEquals(List.of("people", "housing", "education", "health", "culture", "agriculture", "transport",
                "irrigation", "utilities", "economic-loss"), CATALOGUE.groups());
        assertEquals(List.of("DR-L01", "DR-L02", "DR-L03"),
                CATALOGUE.inGroup("economic-loss").stream().map(Indicator::code).toList());
    }

    @Test
    void onlyMeasuredUnitsAcceptDecimals() {
        List<String> decimalUnits = CATALOGUE.all().stream().filter(Indicator::acceptsDecimals)
                .map(Indicator::unit).distinct().sorted().toList();
        assertEquals(List.of("ha", "m"), decimalUnits);
        assertFalse(CATALOGUE.find("DR-L03").orElseThrow().acceptsDecimals(), "VND has no minor unit");
        assertFalse(CATALOGUE.find("DR-A05").orElseThrow().acceptsDecimals(), "livestock are counted by head");
    }

    @Test
    void acceptsWholeCountsAndDecimalHectares() {
        assertEquals(Optional.empty(), CATALOGUE.validate("DR-P01", new BigDecimal("34")));
        assertEquals(Optional.empty(), CATALOGUE.validate("DR-P01", new BigDecimal("34.0")));
        assertEquals(Optional.empty(), CATALOGUE.validate("DR-P01", BigDecimal.ZERO));
        assertEquals(Optional.empty(), CATALOGUE.validate("DR-A01", new BigDecimal("12.75")));
        assertEquals(Optional.empty(), CATALOGUE.validate("DR-L03", new BigDecimal("880000000000")));
    }

    @Test
    void rejectsUnknownIndicatorsNegativesAndFractionsOfCountedThings() {
        assertEquals(Optional.of("unknown indicator DR-X99"), CATALOGUE.validate("DR-X99", BigDecimal.ONE));
        assertEquals(Optional.of("must not be negative"), CATALOGUE.validate("DR-A01", new BigDecimal("-0.5")));
        assertEquals(Optional.of("must be a whole number (unit: person)"),
                CATALOGUE.validate("DR-P02", new BigDecimal("1.5")));
        assertEquals(Optional.of("must be a whole number (unit: VND)"),
                CATALOGUE.validate("DR-L03", new BigDecimal("1000.5")));
        assertEquals(Optional.of("a value is required"), CATALOGUE.validate("DR-P01", null));
    }

    @Test
    void anotherCatalogueCanBeLoadedFromAFileAndOverrideTheDecimalRule(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("indicators.csv");
        Files.writeString(csv, """
                code,group,name_en,name_vi,unit,sendai,sdg_series,decimals
                X-01,food,Rice distributed,Gạo được phân phối,tonne,,,
                X-02,food,Meals served,Suất ăn,meal,,,
                X-03,food,Households fed (averaged),Hộ được hỗ trợ,household,,,true
                """);

        IndicatorCatalogue catalogue = IndicatorCatalogue.load(csv);

        assertEquals(List.of("X-01", "X-02", "X-03"), catalogue.all().stream().map(Indicator::code).toList());
        assertTrue(catalogue.find("X-01").orElseThrow().acceptsDecimals());
        assertFalse(catalogue.find("X-02").orElseThrow().acceptsDecimals(), "an unknown unit counts things");
        assertTrue(catalogue.find("X-03").orElseThrow().acceptsDecimals());
        assertFalse(catalogue.contains("DR-P01"));
    }

    @Test
    void aBrokenCatalogueIsRefusedNamingTheLine() {
        String duplicate = "code,group,name_en,name_vi,unit\nA,g,a,á,person\nA,g,b,b́,person\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IndicatorCatalogue.load(new StringReader(duplicate), "mine.csv"));
        assertEquals("mine.csv line 3: duplicate indicator code A", e.getMessage());

        String noUnit = "code,group,name_en,name_vi\nA,g,a,á\n";
        assertThrows(IllegalArgumentException.class, () -> IndicatorCatalogue.load(new StringReader(noUnit), "x"));
    }
}
