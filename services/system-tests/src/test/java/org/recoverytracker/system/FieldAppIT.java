package org.recoverytracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.recoverytracker.testkit.RunningSystem;

/**
 * Issue 7, the damage report form in a real headless Chromium on a 360 px phone, through the gateway: what an
 * officer sends online reaches the damage service once and moves the coordinators' totals; the form speaks
 * Vietnamese, fits the screen and finds areas the way officers type them.
 */
class FieldAppIT {

    private static long headline(String disaster, String area, String indicator) {
        JsonNode totals = Api.get("/api/v1/totals/damage?disaster=" + disaster + "&area=" + area).body();
        for (JsonNode figure : totals.path("figures")) {
            if (indicator.equals(figure.path("indicator").asText()) && "GOV".equals(figure.path("source").asText())) {
                return figure.path("value").asLong();
            }
        }
        return -1;
    }

    @Test
    void reportSubmittedOnlineIsStoredOnceUnderTheFormsIdAndMovesTheProvinceTotals() {
        String disaster = Reports.declareDisaster("field-online");
        String reportId;
        try (Browser browser = Browser.open(FieldApp.PHONE_WIDTH, FieldApp.PHONE_HEIGHT)) {
            FieldApp app = FieldApp.open(browser);
            app.chooseDisaster(disaster).asOf("2024-09-12T12:30").pickArea("duc hanh", "Xã Đức Hạnh");
            app.figure("DR-P01", "4").figure("DR-H01", "12");
            assertThat(app.chosenArea()).contains("Xã Đức Hạnh, Huyện Bảo Lâm", "01291");
            app.screenshot("field-new-report-filled");

            reportId = app.submit();
            app.tab("outbox").waitForOutbox("sent", 1);
            assertThat(app.outbox()).containsExactly(Map.of("reportId", reportId, "state", "sent"));
            assertThat(app.reportId()).as("the next report gets an id of its own").isNotEqualTo(reportId);
            app.screenshot("field-outbox-sent");
        }

        Api.Answer stored = Api.get("/api/v1/damage-reports/" + reportId);
        assertThat(stored.status()).isEqualTo(200);
        JsonNode content = stored.body().path("content");
        assertThat(content.path("areaCode").asText()).isEqualTo("01291");
        assertThat(content.path("asOf").asText()).as("12:30 in Vietnam").isEqualTo("2024-09-12T05:30:00Z");
        assertThat(content.path("figures").path("DR-P01").asInt()).isEqualTo(4);
        assertThat(content.path("figures").path("DR-H01").asInt()).isEqualTo(12);
        assertThat(Api.get("/api/v1/damage-reports/" + reportId + "/versions").body()).hasSize(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(headline(disaster, Reports.PROVINCE, "DR-P01")).isEqualTo(4);
            assertThat(headline(disaster, Reports.PROVINCE, "DR-H01")).isEqualTo(12);
        });
    }

    @Test
    void everyScreenSpeaksVietnameseFitsA360PixelPhoneAndSwitchesToEnglish() {
        try (Browser browser = Browser.open(FieldApp.PHONE_WIDTH, FieldApp.PHONE_HEIGHT)) {
            FieldApp app = FieldApp.open(browser).openAllGroups();
            assertThat(app.js("return document.documentElement.lang")).isEqualTo("vi");
            assertThat(browser.driver().findElement(By.cssSelector("label[for='fig-DR-P01']")).getText()).isEqualTo("Người chết");
            assertThat(browser.driver().findElement(By.cssSelector("label[for='fig-DR-H01']")).getText())
                    .isEqualTo("Nhà bị sập đổ, cuốn trôi, thiệt hại hoàn toàn (>70%)");
            assertThat(browser.driver().findElement(By.cssSelector("[data-field='figures.DR-P01'] .unit")).getText()).isEqualTo("người");
            assertThat(browser.driver().findElement(By.cssSelector("details[data-group='people'] summary")).getText()).startsWith("Về người");
            assertThat(browser.driver().findElement(By.id("f-submit")).getText()).isEqualTo("Lưu và gửi");
            assertThat(app.scrollWidth()).as("the form scrolls sideways").isLessThanOrEqualTo(FieldApp.PHONE_WIDTH);
            app.screenshot("field-new-report");

            for (String screen : List.of("outbox", "mine")) {
                app.tab(screen);
                assertThat(app.scrollWidth()).as(screen + " scrolls sideways").isLessThanOrEqualTo(FieldApp.PHONE_WIDTH);
            }
            assertThat(browser.driver().findElement(By.cssSelector("#screen-mine h2")).getText()).isEqualTo("Báo cáo của tôi");
            assertThat(browser.driver().findElement(By.id("send-now")).getAttribute("textContent")).isEqualTo("Gửi ngay");

            browser.driver().findElement(By.id("lang")).click();
            app.reload().tab("new");
            assertThat(app.js("return document.documentElement.lang")).as("the choice survives a reload").isEqualTo("en");
            assertThat(browser.driver().findElement(By.cssSelector("label[for='fig-DR-P01']")).getText()).isEqualTo("Deaths");
            assertThat(browser.driver().findElement(By.id("f-submit")).getText()).isEqualTo("Save and send");
            assertThat(app.scrollWidth()).isLessThanOrEqualTo(FieldApp.PHONE_WIDTH);
        }
    }

    @Test
    void areasAreFoundWithoutDiacriticsInTheBoundariesOfTheReportsOwnDate() {
        try (Browser browser = Browser.open(FieldApp.PHONE_WIDTH, FieldApp.PHONE_HEIGHT)) {
            FieldApp app = FieldApp.open(browser).asOf("2024-09-12T12:30");
            assertThat(app.searchArea("hoa an")).contains("Huyện Hoà An");
            assertThat(app.searchArea("DUC HANH")).containsExactly("Xã Đức Hạnh, Huyện Bảo Lâm");
            Select district = new Select(app.part("district"));
            district.selectByValue("042");
            Select commune = new Select(app.part("commune"));
            commune.selectByVisibleText("Xã Đức Hạnh");
            assertThat(app.chosenArea()).contains("01291");

            app.asOf("2025-08-01T09:00");
            assertThat(app.chosenArea()).as("Đức Hạnh no longer exists after the 2025 reform").doesNotContain("01291");
            assertThat(app.part("cleared").isDisplayed()).isTrue();
            assertThat(app.part("district").isDisplayed()).as("no districts after 1 July 2025").isFalse();
            assertThat(new Select(app.part("commune")).getOptions()).hasSize(1 + 56);
            assertThat(app.searchArea("thuc phan")).containsExactly("Phường Thục Phán");
            app.screenshot("field-area-search");
        }
    }

    @Test
    void gpsPositionSuggestsTheDistrictTheOfficerStandsIn() {
        try (Browser browser = Browser.open(FieldApp.PHONE_WIDTH, FieldApp.PHONE_HEIGHT)) {
            browser.driver().executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation"),
                    "origin", RunningSystem.get().gateway("").toString()));
            // the centre of Cao Bằng city
            browser.driver().executeCdpCommand("Emulation.setGeolocationOverride",
                    Map.of("latitude", 22.6657, "longitude", 106.2570, "accuracy", 30));
            FieldApp app = FieldApp.open(browser).asOf("2024-09-12T12:30");
            app.part("gps").click();

            app.until("a district is suggested", "return document.querySelector('.kind-form:not([hidden]) [data-part=district]').value === '040'");
            assertThat(app.chosenArea()).contains("Thành phố Cao Bằng");
            assertThat(app.part("gps-result").getText()).contains("±30 m");
        }
    }
}
