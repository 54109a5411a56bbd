package org.recoverytracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 7's promise to officers with no signal for days: reports made offline wait on the phone, survive a
 * reload, and reach the server exactly once each when the network returns, even when an answer is lost and
 * the phone sends a report again.
 */
class FieldAppOfflineIT {
    private static final List<String[]> COMMUNES = List.of(
            new String[]{"song hien", "Phường Sông Hiến"},
            new String[]{"hop giang", "Phường Hợp Giang"},
            new String[]{"duc hanh", "Xã Đức Hạnh"});

    private static List<String> reportIdsOf(String disaster) {
        JsonNode page = Api.get("/api/v1/damage-reports?disaster=" + disaster + "&size=50").body();
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("reportId").asText()));
        return ids;
    }

    @Test
    void threeReportsMadeOfflineSurviveAReloadAndArriveExactlyOnceEachWhenTheNetworkReturns() {
        String disaster = Reports.declareDisaster("field-offline");
        List<String> sent = new ArrayList<>();
        try (Browser browser = Browser.open(FieldApp.PHONE_WIDTH, FieldApp.PHONE_HEIGHT)) {
            FieldApp app = FieldApp.open(browser).offlineReady();
            app.chooseDisaster(disaster).tab("mine")
                    .until("My reports came from the server", "return document.getElementById('mine-list').dataset.source === 'server'");
            app.tab("new");

            assertThat(app.notKeptForOffline()).as("files the phone could not open offline").isEmpty();
            browser.offline();
            app.until("the app sees it is offline", "return document.getElementById('net').classList.contains('offline')");
            for (int i = 0; i < COMMUNES.size(); i++) {
                app.chooseDisaster(disaster).asOf("2024-09-12T12:30").pickArea(COMMUNES.get(i)[0], COMMUNES.get(i)[1]);
                sent.add(app.figure("DR-P01", String.valueOf(i + 1)).submit());
            }
            assertThat(sent).doesNotHaveDuplicates();
            app.tab("outbox").waitForOutbox("waiting", 3);

            app.reload().tab("outbox");
            assertThat(app.outbox()).as("the outbox after a reload with no network").containsExactly(
                    Map.of("reportId", sent.get(0), "state", "waiting"),
                    Map.of("reportId", sent.get(1), "state", "waiting"),
                    Map.of("reportId", sent.get(2), "state", "waiting"));
            assertThat(browser.driver().findElement(By.id("outbox-summary")).getText()).isEqualTo("3 báo cáo đang chờ gửi");
            assertThat(browser.driver().findElement(By.id("outbox-count")).getText()).isEqualTo("3");
            assertThat(reportIdsOf(disaster)).as("nothing can have left the phone").isEmpty();
            app.screenshot("field-outbox-offline");
            app.tab("new").chooseDisaster(disaster);
            app.tab("mine").until("My reports shows its last copy",
                    "return document.getElementById('mine-list').dataset.source === 'copy'");
            assertThat(browser.driver().findElement(By.id("mine-status")).getText()).startsWith("Bản lưu lúc");

            browser.online();
            app.waitForOutbox("sent", 3);
            assertThat(reportIdsOf(disaster)).containsExactlyInAnyOrderElementsOf(sent);

            // the answer to the first report is lost: the phone still thinks it waits, and sends it again
            app.asyncJs("import('/field/js/db.js').then(db => db.update('outbox', arguments[0], e => ({...e, state: 'waiting'})))"
                    + ".then(() => done())", entryIdOf(app, sent.get(0)));
            app.reload().tab("outbox").waitForOutbox("sent", 3);
            assertThat(app.outboxCard(sent.get(0)).getAttribute("data-attempts")).as("sent twice").isEqualTo("2");
        }

        assertThat(reportIdsOf(disaster)).as("exactly the three reports, once each").containsExactlyInAnyOrderElementsOf(sent);
        for (String id : sent) {
            assertThat(Api.get("/api/v1/damage-reports/" + id + "/versions").body()).as("versions of " + id).hasSize(1);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Reports.deaths(disaster, Reports.PROVINCE)).isEqualTo(1 + 2 + 3));
    }

    private static String entryIdOf(FieldApp app, String reportId) {
        return app.outboxCard(reportId).getAttribute("data-entry-id");
    }
}
