package org.recoverytracker.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The vocabularies pages label totals with, served from the contracts. */
@MicronautTest(transactional = false)
class ReferenceDataIT extends RunningServiceIT {

    private JsonNode get(String path) throws IOException {
        return ObjectMapper.getDefault().readValue(api.text(path), JsonNode.class);
    }

    @Test
    void indicatorsCarryTheirVietnameseAndEnglishNamesInCatalogueOrder() throws IOException {
        JsonNode indicators = get("/api/v1/totals/indicators");

        assertThat(indicators.size()).isEqualTo(36);
        JsonNode deaths = indicators.get(0);
        assertThat(deaths.get("code").getStringValue()).isEqualTo("DR-P01");
        assertThat(deaths.get("nameVi").getStringValue()).isEqualTo("Người chết");
        assertThat(deaths.get("nameEn").getStringValue()).isEqualTo("Deaths");
        assertThat(deaths.get("group").getStringValue()).isEqualTo("people");
        assertThat(deaths.get("unit").getStringValue()).isEqualTo("person");
    }

    @Test
    void areasOfEachBoundaryVersionComeTopDownWithTheirParents() throws IOException {
        JsonNode versions = get("/api/v1/totals/areas");

        assertThat(versions.size()).isEqualTo(2);
        JsonNode threeTier = versions.get(0);
        assertThat(threeTier.get("boundaries").getStringValue()).isEqualTo("2020-03-01");
        assertThat(threeTier.get("validTo").getStringValue()).isEqualTo("2025-06-30");
        assertThat(threeTier.get("areas").size()).isEqualTo(172);
        JsonNode province = threeTier.get("areas").get(0);
        assertThat(province.get("code").getStringValue()).isEqualTo("04");
        assertThat(province.get("parentCode").isNull()).isTrue();
        JsonNode city = threeTier.get("areas").get(1);
        assertThat(city.get("level").getStringValue()).isEqualTo("DISTRICT");
        assertThat(city.get("parentCode").getStringValue()).isEqualTo("04");
        assertThat(versions.get(1).get("boundaries").getStringValue()).isEqualTo("2025-07-01");
        assertThat(versions.get(1).get("validTo").isNull()).isTrue();
    }
}
