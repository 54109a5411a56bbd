package org.recoverytracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 7 with issue 6's tokens: an officer whose session ended while away (access token expired, refresh token
 * revoked) is asked to log in again, and the report made meanwhile waits in the outbox and is sent, once, after. A
 * refresh that merely got no answer ends nothing.
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

    @Test
    void aRefreshWhoseAnswerWasLostKeepsTheOfficerSignedInAndTheReportIsSentWhenTheNetworkAnswers() {
        String disaster = Reports.declareDisaster("field-refresh-lost");
        String reportId;
        String successor;
        try (Browser browser = Browser.open(FieldApp.PHONE_WIDTH, FieldApp.PHONE_HEIGHT)) {
            FieldApp app = FieldApp.open(browser);
            String refreshToken = (String) app.js("return JSON.parse(localStorage.getItem('field.session')).refreshToken");
            // the phone's refresh reached the gateway, but its answer never came back
            Api.Answer lost = Api.post("/api/v1/auth/refresh", Map.of("refreshToken", refreshToken));
            assertThat(lost.status()).isEqualTo(200);
            successor = lost.body().path("refreshToken").asText();
            app.js("const s = JSON.parse(localStorage.getItem('field.session')); s.accessToken = 'expired';"
                    + "localStorage.setItem('field.session', JSON.stringify(s));");
            // and the connection to the gateway drops for the next refresh too
            browser.driver().executeCdpCommand("Network.enable", Map.of());
            browser.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/api/v1/auth/refresh")));

            app.chooseDisaster(disaster).asOf("2024-09-12T12:30").pickArea("hop giang", "Phường Hợp Giang").figure("DR-P01", "2");
            reportId = app.submit();
            app.tab("outbox");
            app.until("the report waits for the network", "return document.querySelector('#outbox-list .card')?.textContent"
                    + ".includes('Không có mạng') === true");
            assertThat(app.js("return document.documentElement.dataset.screen")).as("no sign-in asked for").isNotEqualTo("login");
            assertThat(app.js("return JSON.parse(localStorage.getItem('field.session')).refreshToken")).isEqualTo(refreshToken);

            browser.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
            app.js("window.dispatchEvent(new Event('online'))");
            app.waitForOutbox("sent", 1);
            assertThat(app.js("return JSON.parse(localStorage.getItem('field.session')).refreshToken"))
                    .as("the retry was answered with the successor the lost answer carried").isEqualTo(successor);
            assertThat(app.js("return document.documentElement.dataset.screen")).isNotEqualTo("login");
        }

        JsonNode stored = Api.get("/api/v1/damage-reports/" + reportId).body();
        assertThat(stored.path("submittedBy").asText()).isEqualTo("field");
        assertThat(Api.get("/api/v1/damage-reports?disaster=" + disaster).body().path("total").asInt()).isEqualTo(1);
    }
}
