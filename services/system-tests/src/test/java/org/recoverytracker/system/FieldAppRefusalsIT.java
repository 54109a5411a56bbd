package org.recoverytracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 7: the phone refuses what the damage service refuses, naming the same field, so an officer offline learns
 * at once what to fix; what only the server can see (here, a phone whose clock runs an hour fast) comes back
 * from the outbox as "needs fixing" and is shown beside the field it names.
 */
class FieldAppRefusalsIT {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String CLOCK_AN_HOUR_FAST = """
            (() => {
              const RealDate = Date;
              const skew = 3600 * 1000;
              class PhoneDate extends RealDate {
                constructor(...args) { if (args.length === 0) { super(RealDate.now() + skew); } else { super(...args); } }
                static now() { return RealDate.now() + skew; }
              }
              globalThis.Date = PhoneDate;
            })();""";

    @Test
    void rulesAreCheckedOnThePhoneBesideEachFieldBeforeAnythingIsQueued() {
        try (Browser browser = Browser.open(FieldApp.PHONE_WIDTH, FieldApp.PHONE_HEIGHT)) {
            FieldApp app = FieldApp.open(browser);
            app.asOf("2024-09-12T12:30").figure("DR-P03", "1,5").figure("DR-H01", "-3").figure("DR-A01", "2,5");
            app.submit();

            assertThat(app.errorBeside("figures.DR-P03")).isEqualTo("Phải là số nguyên (đơn vị: người); không dùng dấu chấm, phẩy");
            assertThat(app.errorBeside("figures.DR-H01")).isEqualTo("Không được âm");
            assertThat(app.errorBeside("figures.DR-A01")).as("hectares may have decimals").isEmpty();
            assertThat(app.errorBeside("areaCode")).isEqualTo("Bắt buộc");
            app.screenshot("field-phone-refusal");
            app.tab("outbox");
            assertThat(app.outbox()).isEmpty();
        }
    }

    @Test
    void serverRefusalComesBackAsNeedsFixingAndIsShownBesideTheFieldItNames() {
        String disaster = Reports.declareDisaster("field-refusal");
        String reportId;
        try (Browser browser = Browser.open(FieldApp.PHONE_WIDTH, FieldApp.PHONE_HEIGHT)) {
            browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CLOCK_AN_HOUR_FAST));
            FieldApp app = FieldApp.open(browser);
            app.chooseDisaster(disaster).pickArea("thuc phan", "Phường Thục Phán").figure("DR-P01", "2");
            reportId = app.submit();

            app.tab("outbox").waitForOutbox("needs-fixing", 1);
            assertThat(app.outboxCard(reportId).getText()).contains("Cần sửa");
            app.outboxCard(reportId).findElement(By.cssSelector(".actions button")).click();
            app.until("the form opens", "return document.documentElement.dataset.screen === 'new'");
            assertThat(app.errorBeside("asOf")).isEqualTo("Máy chủ báo thời điểm này ở tương lai: đồng hồ điện thoại có thể bị sai.");
            assertThat(app.reportId()).as("a fix keeps the report's id").isEqualTo(reportId);
            app.screenshot("field-server-refusal");

            String realTimeInVietnam = LocalDateTime.now(VIETNAM).minusMinutes(5).truncatedTo(ChronoUnit.MINUTES)
                    .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            app.asOf(realTimeInVietnam.substring(0, 16)).submit();
            app.tab("outbox").waitForOutbox("sent", 1);
            assertThat(app.outbox()).containsExactly(Map.of("reportId", reportId, "state", "sent"));
        }
        assertThat(Api.get("/api/v1/damage-reports/" + reportId).body().path("content").path("areaCode").asText()).isEqualTo("01273");
    }

    @Test
    void phoneRefusesExactlyWhatTheServerRefusesAndNamesTheSameFields() {
        String disaster = Reports.declareDisaster("field-rules");
        String yagi = "2024-09-12T05:30:00Z";
        String afterReform = "2025-08-01T02:00:00Z";
        String anHourAhead = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        cases.put("a whole count", body(disaster, "01291", yagi, Map.of("DR-P01", 3)));
        cases.put("a negative count", body(disaster, "01291", yagi, Map.of("DR-P01", -1)));
        cases.put("half a person", body(disaster, "01291", yagi, Map.of("DR-P01", 1.5)));
        cases.put("half a hectare", body(disaster, "01291", yagi, Map.of("DR-A01", 2.5)));
        cases.put("a fraction of a dong", body(disaster, "01291", yagi, Map.of("DR-L03", 1000.5)));
        cases.put("an unknown indicator", body(disaster, "01291", yagi, Map.of("DR-X99", 1)));
        cases.put("a commune merged away by the reform", body(disaster, "01291", afterReform, Map.of("DR-P01", 1)));
        cases.put("a district after districts were abolished", body(disaster, "042", afterReform, Map.of("DR-P01", 1)));
        cases.put("a reused code before the reform", body(disaster, "01273", yagi, Map.of("DR-P01", 1)));
        cases.put("a reused code after the reform", body(disaster, "01273", afterReform, Map.of("DR-P01", 1)));
        cases.put("a time an hour ahead", body(disaster, "01273", anHourAhead, Map.of("DR-P01", 1)));
        cases.put("an undeclared disaster", body("no-such-disaster", "01291", yagi, Map.of("DR-P01", 1)));
        cases.put("two faults at once", body(disaster, "99999", yagi, Map.of("DR-H01", -2)));

        try (Browser browser = Browser.open(FieldApp.PHONE_WIDTH, FieldApp.PHONE_HEIGHT)) {
            FieldApp app = FieldApp.open(browser);
            @SuppressWarnings("unchecked")
            List<List<String>> phone = (List<List<String>>) app.asyncJs("""
                    Promise.all([import('/field/js/rules.js'), import('/field/js/reference.js'), import('/field/js/api.js')])
                      .then(async ([rules, ref, api]) => {
                        const reference = await ref.loadReference();
                        const disasters = (await api.request('GET', '/api/v1/disasters')).body;
                        return arguments[0].map((body) => {
                          const figures = Object.fromEntries(Object.entries(body.figures).map(([k, v]) => [k, String(v)]));
                          return rules.validateReport({...body, figures}, {reference, disasters}).errors.map((e) => e.name);
                        });
                      }).then(done, (e) => done(String(e)));""", new ArrayList<>(cases.values()));

            int i = 0;
            for (Map.Entry<String, Map<String, Object>> each : cases.entrySet()) {
                Api.Answer server = Api.put("/api/v1/damage-reports/" + UUID.randomUUID(), each.getValue());
                TreeSet<String> serverFields = new TreeSet<>();
                server.body().path("invalid-params").forEach(p -> serverFields.add(p.path("name").asText()));
                assertThat(server.status()).as(each.getKey() + ": " + server.body()).isIn(201, 422);
                assertThat(new TreeSet<>(phone.get(i++))).as(each.getKey() + " (server said " + server.body() + ")")
                        .isEqualTo(serverFields);
            }
        }
    }

    private static Map<String, Object> body(String disaster, String area, String asOf, Map<String, ? extends Number> figures) {
        Map<String, Object> report = Reports.report(disaster, area, asOf, Map.of());
        report.put("figures", figures);
        return report;
    }
}
