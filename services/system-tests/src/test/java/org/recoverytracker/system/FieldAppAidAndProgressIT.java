package org.recoverytracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 7's other two forms, through the same outbox: aid handed over in a commune is recorded as a donation received
 * at once, and a recovery project found by name gets a progress update, each stored once by its own service.
 */
class FieldAppAidAndProgressIT {

    private static void type(Browser browser, String css, String text) {
        WebElement input = browser.driver().findElement(By.cssSelector(css));
        input.clear();
        input.sendKeys(text);
    }

    @Test
    void aidArrivingForAPledgeIsRecordedAsItsReceiptAndMoreThanWasPledgedIsShownBesideTheLine() {
        String disaster = Reports.declareDisaster("field-aid");
        String donationId = UUID.randomUUID().toString();
        assertThat(Api.put("/api/v1/donations/" + donationId, Map.of(
                "donor", Map.of("name", "Hội Chữ thập đỏ tỉnh Cao Bằng", "type", "ORGANISATION", "anonymous", false),
                "disasterId", disaster, "targetAreaCode", "01285", "pledgedAt", "2024-09-13T02:00:00Z",
                "cash", List.of(Map.of("currency", "VND", "amount", 100_000_000)),
                "inKind", List.of(Map.of("item", "Mì tôm", "quantity", 500, "unit", "thùng", "estimatedValueVnd", 75_000_000))))
                .status()).isEqualTo(201);
        String receiptId;
        try (Browser browser = Browser.open(FieldApp.PHONE_WIDTH, FieldApp.PHONE_HEIGHT)) {
            FieldApp app = FieldApp.open(browser, "/field/?donation=" + donationId);
            assertThat(browser.driver().findElement(By.id("a-donation")).getAttribute("value")).isEqualTo(donationId);
            app.until("the pledge is shown", "return document.getElementById('a-pledge').textContent.includes('Chữ thập đỏ')");
            assertThat(browser.driver().findElement(By.id("a-pledge")).getText()).contains("Đã cam kết: 100.000.000 VND, 500 thùng Mì tôm");
            app.js("const i = document.getElementById('a-receivedAt'); i.value = '2024-09-14T09:00';"
                    + "i.dispatchEvent(new Event('change', {bubbles: true}));");
            type(browser, "#a-cash", "200000000");
            type(browser, "#a-goods [data-part=goods-quantity]", "200");
            app.submit();
            assertThat(app.errorBeside("inKind[0].item")).isEqualTo("Bắt buộc");

            type(browser, "#a-goods [data-part=goods-item]", "Mì tôm");
            type(browser, "#a-goods [data-part=goods-unit]", "thùng");
            type(browser, "#a-goods [data-part=goods-value]", "30000000");
            receiptId = app.submit();
            app.tab("outbox").waitForOutbox("needs-fixing", 1);
            app.outboxCard(receiptId).findElement(By.cssSelector(".actions button")).click();
            app.until("the receipt opens again", "return document.documentElement.dataset.screen === 'new'");
            assertThat(app.errorBeside("cash[0].amount")).as("only the server knows what is left of the pledge").startsWith("Máy chủ:");
            assertThat(app.reportId()).isEqualTo(receiptId);

            type(browser, "#a-cash", "40000000");
            assertThat(app.scrollWidth()).isLessThanOrEqualTo(FieldApp.PHONE_WIDTH);
            app.screenshot("field-aid-received");
            app.submit();
            app.tab("outbox").waitForOutbox("sent", 1);
        }

        JsonNode donation = Api.get("/api/v1/donations/" + donationId).body();
        assertThat(donation.path("receipts")).hasSize(1);
        assertThat(donation.path("receipts").get(0).path("receiptId").asText()).isEqualTo(receiptId);
        assertThat(donation.path("received").path("valueVnd").asLong()).isEqualTo(70_000_000L);
    }

    @Test
    void progressOfAProjectFoundByNameIsCheckedAgainstItsTargetAndStored() {
        String disaster = Reports.declareDisaster("field-progress");
        String projectId = UUID.randomUUID().toString();
        assertThat(Api.put("/api/v1/recovery-projects/" + projectId, Map.of(
                "disasterId", disaster, "areaCode", "01273", "sector", "HOUSING", "kind", "house-rebuild",
                "title", "Dựng lại 12 nhà ở tổ 5 " + disaster,
                "responsibleUnit", Map.of("code", "UBND-HG", "name", "UBND phường Hợp Giang"),
                "target", Map.of("quantity", 12, "unit", "house"), "budgetVnd", 1_200_000_000L,
                "plannedStart", "2024-10-01", "plannedEnd", "2025-03-31")).status()).isEqualTo(201);
        String updateId;
        try (Browser browser = Browser.open(FieldApp.PHONE_WIDTH, FieldApp.PHONE_HEIGHT)) {
            FieldApp app = FieldApp.open(browser).kind("progress");
            type(browser, "#p-search", "dung lai 12 nha " + disaster);
            app.until("the project is found", "return document.querySelectorAll('#p-results button').length === 1");
            browser.driver().findElement(By.cssSelector("#p-results button")).click();
            assertThat(browser.driver().findElement(By.id("p-chosen")).getText()).contains("Phường Hợp Giang");
            assertThat(browser.driver().findElement(By.id("p-unit")).getText()).isEqualTo("nhà");

            app.js("const i = document.getElementById('p-asOf'); i.value = '2025-01-15T10:00';"
                    + "i.dispatchEvent(new Event('input', {bubbles: true}));");
            new Select(browser.driver().findElement(By.id("p-status"))).selectByValue("IN_PROGRESS");
            type(browser, "#p-completed", "13");
            type(browser, "#p-disbursed", "500000000");
            app.submit();
            assertThat(app.errorBeside("completedQuantity")).isEqualTo("Vượt mục tiêu 12 nhà của công trình");

            type(browser, "#p-completed", "5");
            app.screenshot("field-progress");
            updateId = app.submit();
            app.tab("outbox").waitForOutbox("sent", 1);
        }

        List<JsonNode> updates = Api.get("/api/v1/recovery-projects/" + projectId + "/progress").body().findParents("content");
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).path("id").asText()).isEqualTo(updateId);
        assertThat(updates.get(0).path("content").path("completedQuantity").asInt()).isEqualTo(5);
        assertThat(updates.get(0).path("content").path("disbursedVnd").asLong()).isEqualTo(500_000_000L);
    }
}
