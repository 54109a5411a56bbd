package org.recoverytracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 7's "Báo cáo của tôi / My reports": a coordinator's rejection reaches the officer with its reason, and
 * the officer's amendment names the version it replaces, so the server stores it as the next version.
 */
class FieldAppMyReportsIT {

    @Test
    void rejectedReportShowsItsReasonAndTheAmendmentBecomesTheNextVersion() {
        String disaster = Reports.declareDisaster("field-mine");
        String reportId;
        try (Browser browser = Browser.open(FieldApp.PHONE_WIDTH, FieldApp.PHONE_HEIGHT)) {
            FieldApp app = FieldApp.open(browser);
            app.chooseDisaster(disaster).asOf("2024-09-12T12:30").pickArea("song hien", "Phường Sông Hiến").figure("DR-P01", "5");
            reportId = app.submit();
            app.tab("outbox").waitForOutbox("sent", 1);

            assertThat(Api.post("/api/v1/damage-reports/" + reportId + "/verification",
                    Map.of("decision", "REJECTED", "reason", "Số liệu chưa khớp với báo cáo của huyện")).status()).isEqualTo(200);

            app.tab("mine");
            By card = By.cssSelector("#mine-list .card[data-entity-id='" + reportId + "']");
            app.until("the rejection is shown", "return document.querySelector(arguments[0])?.dataset.status === 'REJECTED'",
                    "#mine-list .card[data-entity-id='" + reportId + "']");
            WebElement rejected = browser.driver().findElement(card);
            assertThat(rejected.getText()).contains("Bị từ chối", "Lý do: Số liệu chưa khớp với báo cáo của huyện",
                    "Phường Sông Hiến, Thành phố Cao Bằng", "Phiên bản 2");
            app.screenshot("field-my-reports");

            rejected.findElement(By.cssSelector(".actions button")).click();
            app.until("the form opens the report", "return document.documentElement.dataset.screen === 'new'");
            assertThat(app.reportId()).isEqualTo(reportId);
            assertThat(app.part("heading").getText()).isEqualTo("Sửa báo cáo (thay phiên bản 2)");
            app.figure("DR-P01", "4").submit();
            app.tab("outbox").waitForOutbox("sent", 2);
        }

        JsonNode current = Api.get("/api/v1/damage-reports/" + reportId).body();
        assertThat(current.path("version").asInt()).isEqualTo(3);
        assertThat(current.path("change").asText()).isEqualTo("AMENDED");
        assertThat(current.path("status").asText()).as("an amended report is up for a decision again").isEqualTo("SUBMITTED");
        assertThat(current.path("content").path("asOf").asText()).as("the time was not touched").isEqualTo("2024-09-12T05:30:00Z");
        assertThat(current.path("content").path("figures").path("DR-P01").asInt()).isEqualTo(4);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Reports.deaths(disaster, "01267")).isEqualTo(4));
    }
}
