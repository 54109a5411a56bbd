package org.recoverytracker.intake.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.security.authentication.Authentication;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.area.Gazetteer;
import org.recoverytracker.intake.problem.ProblemException;

class AreaScopeTest {
    private static final Instant YAGI = Instant.parse("2024-09-12T05:30:00Z");
    private static final Instant AFTER_REFORM = Instant.parse("2025-09-01T00:00:00Z");
    private final AreaScope scope = new AreaScope(Gazetteer.loadDefault());

    private static Authentication user(String role, String... areas) {
        return Authentication.build("someone", List.of(role), Map.of(Roles.AREAS_CLAIM, List.of(areas)));
    }

    @Test
    void fieldStaffSubmitAnywhereBelowTheirAssignedArea() {
        assertThatCode(() -> scope.require(user(Roles.FIELD_STAFF, "040"), "areaCode", "01267", YAGI)).doesNotThrowAnyException();
        assertThatCode(() -> scope.require(user(Roles.FIELD_STAFF, "040"), "areaCode", "040", YAGI)).doesNotThrowAnyException();
        assertThatCode(() -> scope.require(user(Roles.FIELD_STAFF, "042", "04"), "areaCode", "01267", YAGI)).doesNotThrowAnyException();
    }

    @Test
    void rejectsReportForAreaOutsideAssignment() {
        assertThatThrownBy(() -> scope.require(user(Roles.FIELD_STAFF, "042"), "areaCode", "01267", YAGI))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).status().getCode()).isEqualTo(403))
                .hasMessageContaining("01267");
        assertThatThrownBy(() -> scope.require(user(Roles.FIELD_STAFF, "01267"), "areaCode", "040", YAGI))
                .as("a commune officer cannot report for the whole district").isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> scope.require(user(Roles.FIELD_STAFF), "areaCode", "01267", YAGI))
                .as("no assignment, no submissions").isInstanceOf(ProblemException.class);
    }

    @Test
    void assignmentIsJudgedInTheBoundariesOfTheFactsOwnDate() {
        assertThatThrownBy(() -> scope.require(user(Roles.FIELD_STAFF, "040"), "areaCode", "01267", AFTER_REFORM))
                .as("Sông Hiến is no area after 1 July 2025, whatever the assignment").isInstanceOf(ProblemException.class);
        assertThatCode(() -> scope.require(user(Roles.FIELD_STAFF, "04"), "areaCode", "01273", AFTER_REFORM)).doesNotThrowAnyException();
    }

    @Test
    void aDistrictAssignedBeforeTheReformCoversTheNewCommunesMadeFromItsCommunes() {
        // Thục Phán (01273) was made of Sông Hiến, Hợp Giang, Đề Thám, Hưng Đạo (city, 040) and Hoàng Tung (Hoà An, 051)
        assertThatCode(() -> scope.require(user(Roles.FIELD_STAFF, "040"), "areaCode", "01273", AFTER_REFORM)).doesNotThrowAnyException();
        assertThatCode(() -> scope.require(user(Roles.FIELD_STAFF, "040"), "areaCode", "01279", AFTER_REFORM))
                .as("Nùng Trí Cao: Sông Bằng, Ngọc Xuân, Vĩnh Quang, all of the city").doesNotThrowAnyException();
        assertThatCode(() -> scope.require(user(Roles.FIELD_STAFF, "051"), "areaCode", "01273", AFTER_REFORM))
                .as("part of Thục Phán was Hoà An's: its officer reports for the villages they always served").doesNotThrowAnyException();
        assertThatThrownBy(() -> scope.require(user(Roles.FIELD_STAFF, "042"), "areaCode", "01273", AFTER_REFORM))
                .as("nothing of Thục Phán came from Bảo Lâm").isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> scope.require(user(Roles.FIELD_STAFF, "040"), "areaCode", "01290", AFTER_REFORM))
                .as("Xã Bảo Lâm came from Bảo Lâm, not the city").isInstanceOf(ProblemException.class);
    }

    @Test
    void aCommuneAssignedAfterTheReformCoversTheOldCommunesItWasMadeFromButNotTheirWholeDistrict() {
        // Xã Bảo Lâm (01290, from 2025-07-01) was made of Pác Miầu (01290), Vĩnh Phong (01309) and Mông Ân (01312)
        assertThatCode(() -> scope.require(user(Roles.FIELD_STAFF, "01290"), "areaCode", "01309", YAGI)).doesNotThrowAnyException();
        assertThatCode(() -> scope.require(user(Roles.FIELD_STAFF, "01290"), "areaCode", "01312", YAGI)).doesNotThrowAnyException();
        assertThatThrownBy(() -> scope.require(user(Roles.FIELD_STAFF, "01290"), "areaCode", "01294", YAGI))
                .as("Lý Bôn went into another new commune").isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> scope.require(user(Roles.FIELD_STAFF, "01290"), "areaCode", "042", YAGI))
                .as("one new commune is not the whole old district").isInstanceOf(ProblemException.class);
    }

    @Test
    void coordinatorsAreNotLimitedToAreas() {
        assertThatCode(() -> scope.require(user(Roles.COORDINATOR), "areaCode", "01267", YAGI)).doesNotThrowAnyException();
    }
}
