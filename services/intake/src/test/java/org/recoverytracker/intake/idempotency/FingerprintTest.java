package org.recoverytracker.intake.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.serde.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    private final ObjectMapper json = ObjectMapper.getDefault();

    private static Map<String, Object> figures(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void keyOrderAndNumberSpellingDoNotChangeTheFingerprint() {
        String a = Fingerprint.of(json, figures("DR-P01", new BigDecimal("34"), "DR-P02", 18));
        String b = Fingerprint.of(json, figures("DR-P02", new BigDecimal("18.0"), "DR-P01", 34));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void anyChangedFigureChangesTheFingerprint() {
        assertThat(Fingerprint.of(json, figures("DR-P01", 34))).isNotEqualTo(Fingerprint.of(json, figures("DR-P01", 35)));
    }

    @Test
    void textWithQuotesCannotImitateAnotherStructure() {
        assertThat(Fingerprint.of(json, figures("note", "a\",\"b\":\"c")))
                .isNotEqualTo(Fingerprint.of(json, figures("note", "a", "b", "c")));
    }
}
