package org.recoverytracker.contracts.area;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An administrative area in one boundary version, keyed by its official GSO code ({@code 04} province,
 * {@code 040} district, {@code 01273} commune). Codes are reused across versions, so an area is identified by
 * code <em>and</em> version, never by name. {@code type} is the Vietnamese unit type (Tỉnh, Thành phố, Huyện,
 * Phường, Xã, Thị trấn); {@code parentCode} is null only for the province.
 */
public record Area(
        String code,
        AreaLevel level,
        String nameVi,
        String type,
        @Nullable String parentCode,
        BoundaryVersion version) {

    private static final String P_CODE_COUNTRY = "VN";

    public Area {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(nameVi, "nameVi");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(version, "version");
    }

    /** First day the code means this area (inclusive). */
    public LocalDate validFrom() {
        return version.validFrom();
    }

    /** Last day the code means this area (inclusive), or null while it is current. */
    @Nullable
    public LocalDate validTo() {
        return version.validTo();
    }

    /** Type and name as people write them, e.g. "Phường Thục Phán". */
    public String fullName() {
        return type + " " + nameVi;
    }

    /**
     * The OCHA P-code, {@code VN} + GSO code, for a province only: P-codes of lower levels must be taken from
     * OCHA's own files, not derived.
     */
    public Optional<String> pCode() {
        return level == AreaLevel.PROVINCE ? Optional.of(P_CODE_COUNTRY + code) : Optional.empty();
    }
}
