package org.recoverytracker.contracts.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.recoverytracker.contracts.csv.CsvTable;

/**
 * The damage indicators that reports may carry, in the order of their catalogue file. The default is the
 * project's catalogue ({@code reference/indicators.csv}); another one with the same columns
 * ({@code code,group,name_en,name_vi,unit,sendai,sdg_series}, optional {@code decimals}) can be loaded from a
 * path. Immutable and thread-safe.
 */
public final class IndicatorCatalogue {
    /** Classpath location of the default catalogue. */
    public static final String DEFAULT_RESOURCE = "/org/recoverytracker/contracts/reference/indicators.csv";

    private final Map<String, Indicator> byCode;

    private IndicatorCatalogue(Map<String, Indicator> byCode) {
        this.byCode = byCode;
    }

    /** The catalogue shipped in this jar. */
    public static IndicatorCatalogue loadDefault() {
        try (InputStream in = IndicatorCatalogue.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return load(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A catalogue from a UTF-8 CSV file. */
    public static IndicatorCatalogue load(Path csv) {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return load(reader, csv.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
    }

    /** A catalogue from CSV text; {@code source} names it in error messages. The reader is not closed. */
    public static IndicatorCatalogue load(Reader csv, String source) {
        CsvTable table = CsvTable.read(csv, source).requireColumns("code", "group", "name_en", "name_vi", "unit");
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String unit = row.required("unit");
            Indicator indicator = new Indicator(
                    row.required("code"), row.required("group"), row.required("name_vi"), row.required("name_en"),
                    unit, row.optional("sendai").orElse(null), row.optional("sdg_series").orElse(null),
                    row.optional("decimals").map(d -> parseBoolean(row, d)).orElse(Indicator.isMeasureUnit(unit)));
            if (byCode.putIfAbsent(indicator.code(), indicator) != null) {
                throw row.invalid("duplicate indicator code " + indicator.code());
            }
        }
        if (byCode.isEmpty()) {
            throw new IllegalArgumentException(source + ": no indicators");
        }
        return new IndicatorCatalogue(byCode);
    }

    /** Every indicator, in file order. */
    public List<Indicator> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    public boolean contains(String code) {
        return find(code).isPresent();
    }

    /** The group names ({@code people}, {@code housing}, ...) in the order they first appear in the file. */
    public List<String> groups() {
        return byCode.values().stream().map(Indicator::group).distinct().toList();
    }

    /** The indicators of one group, in file order; empty for an unknown group. */
    public List<Indicator> inGroup(String group) {
        return byCode.values().stream().filter(i -> i.group().equals(group)).toList();
    }

    /**
     * Why {@code value} cannot be reported for {@code code}, or empty when it can: the indicator must be in
     * the catalogue, the value present and not negative, and whole unless the indicator
     * {@linkplain Indicator#acceptsDecimals() accepts decimals} ({@code 34.0} is whole). The message is in
     * English and does not name the field; the caller adds that ({@code figures.DR-P01}).
     */
    public Optional<String> validate(String code, BigDecimal value) {
        Optional<Indicator> indicator = find(code);
        if (indicator.isEmpty()) {
            return Optional.of("unknown indicator " + code);
        }
        if (value == null) {
            return Optional.of("a value is required");
        }
        if (value.signum() < 0) {
            return Optional.of("must not be negative");
        }
        if (!indicator.get().acceptsDecimals() && value.stripTrailingZeros().scale() > 0) {
            return Optional.of("must be a whole number (unit: " + indicator.get().unit() + ")");
        }
        return Optional.empty();
    }

    private static boolean parseBoolean(CsvTable.Row row, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw row.invalid("decimals must be true or false, not " + value);
        };
    }
}
