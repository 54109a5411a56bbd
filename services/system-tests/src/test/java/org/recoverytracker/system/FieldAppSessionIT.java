package org.recoverytracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 7 with issue 6's tokens: an officer whose session ended while away (access token expired, refresh token
 * revoked) is asked to log in again, and the report made meanwhile waits in the outbox and is sent, once, after.
 */
class FieldAppSessionIT {

    @Test
    void endedSessionKeepsTheOutboxAsksToLogInAgainAndSendsAfterwards() {
        String disaster = Reports.declareDisaster("field-session");
        String reportId;
        try (Browser browser = Browser.open(FieldApp.PHONE_WIDTH, FieldApp.PHONE_HEIGHT)) {
            FieldApp app = FieldApp.open(browser);
            assertThat(app.js("return JSON.parse(localStorage.getItem('field.session')).user.username")).isEqualTo("field");
            String refreshToken = (String) app.js("return JSON.parse(localStorage.getItem('field.session')).refreshToken");
            assertThat(Api.post("/api/v1/auth/logout", Map.of("refreshToken", refreshToken)).status()).isEqualTo(204);
            app.js("const s = JSON.parse(localStorage.getItem('field.session')); s.accessToken = 'expired';"
                    + "localStorage.setItem('field.session', JSON.stringify(s));");

            app.chooseDisaster(disaster).asOf("2024-09-12T12:30").pickArea("hop giang", "Phường Hợp Giang").figure("DR-P01", "2");
            reportId = app.submit();
            app.until("the login screen asks again", "return document.documentElement.dataset.screen === 'login'");
            assertThat(browser.driver().findElement(By.id("login-again")).getText())
                    .isEqualTo("Phiên đăng nhập đã hết hạn. Đăng nhập lại để gửi; các báo cáo trong hộp thư đi vẫn được giữ.");
            assertThat(app.outbox()).containsExactly(Map.of("reportId", reportId, "state", "waiting"));
            assertThat(browser.driver().findElement(By.id("outbox-count")).getAttribute("textContent")).isEqualTo("1");
            assertThat(Api.get("/api/v1/damage-reports?disaster=" + disaster).body().path("total").asInt()).isZero();
            app.screenshot("field-login-again");

            app.logIn(FieldApp.FIELD_USER, FieldApp.FIELD_PASSWORD).tab("outbox").waitForOutbox("sent", 1);
        }

        JsonNode stored = Api.get("/api/v1/damage-reports/" + reportId).body();
        assertThat(stored.path("submittedBy").asText()).isEqualTo("field");
        assertThat(stored.path("version").asInt()).isEqualTo(1);
        assertThat(Api.get("/api/v1/damage-reports?disaster=" + disaster).body().path("total").asInt()).isEqualTo(1);
    }
}
