package org.recoverytracker.contracts.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.damage.DamageEventMother;
import org.recoverytracker.contracts.damage.DamageReportSubmitted;

class CloudEventHeadersTest {

    @Test
    void binaryModeCarriesTheRequiredAttributesAndJsonContentType() {
        DamageReportSubmitted report = DamageEventMother.hopGiangReport();

        Map<String, String> headers = CloudEventHeaders.of(report, "/damage-service");

        assertEquals("a3e1c9d2-4b5f-4a60-8c7d-1e2f3a4b5c6d", headers.get("ce_id"));
        assertEquals("/damage-service", headers.get("ce_source"));
        assertEquals("org.recoverytracker.DamageReportSubmitted", headers.get("ce_type"));
        assertEquals("2024-09-12T05:30:00Z", headers.get("ce_time"));
        assertEquals("1.0", headers.get("ce_specversion"));
        assertEquals("application/json", headers.get("content-type"));
    }

    @Test
    void subjectIsTheEntityIdThatIsAlsoTheRecordKey() {
        Map<String, String> headers = CloudEventHeaders.of(DamageEventMother.yagiDeclared(), "/damage-service");

        assertEquals("2024-yagi", headers.get("ce_subject"));
    }

    @Test
    void headersComeInAStableOrder() {
        Map<String, String> headers = CloudEventHeaders.of(DamageEventMother.hopGiangVerified(), "/damage-service");

        assertEquals(List.of("ce_id", "ce_source", "ce_type", "ce_time", "ce_specversion", "ce_subject", "content-type"),
                List.copyOf(headers.keySet()));
    }
}
