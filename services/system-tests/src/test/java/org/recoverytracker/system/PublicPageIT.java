package org.recoverytracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoverytracker.system.Reports.awaitDeaths;
import static org.recoverytracker.system.Reports.declareDisaster;
import static org.recoverytracker.system.Reports.submit;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The public page at /public/: headline figures and the aid ledger without any login, kept live. */
class PublicPageIT {

    @Test
    void anyoneSeesTheProvincesOfficialFiguresUpdateLive() {
        String disaster = declareDisaster("public");
        submit(disaster, "01696", "2024-09-12T03:00:00Z", 3);
        awaitDeaths(disaster, "04", 3);
        try (Browser browser = Browser.open()) {
            JavascriptExecutor page = open(browser, disaster);
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
            wait.until(driver -> "3".equals(deaths(page)) && "live".equals(page.executeScript(
                    "return document.getElementById('live-status').dataset.state;")));

            submit(disaster, "01699", "2024-09-12T03:00:00Z", 4);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(driver -> "7".equals(deaths(page)));

            assertThat(browser.visible(By.id("aid-ledger")).getText()).contains("Sổ công khai tiếp nhận viện trợ");
            browser.screenshot("public-page");
        }
    }

    @Test
    void anyoneReadsTheAidLedgerAndAnAnonymousDonorStaysAnonymous() {
        String disaster = declareDisaster("public-aid");
        UUID named = Recovery.pledge(disaster, "Công ty Điện lực Cao Bằng", "BUSINESS", false, 50_000_000L);
        Recovery.receive(named, 50_000_000L);
        UUID hidden = Recovery.pledge(disaster, "Nguyễn Văn Kín", "INDIVIDUAL", true, 2_000_000L);
        Recovery.receive(hidden, 2_000_000L);
        Recovery.awaitAnswer("/api/v1/public/aid?disaster=" + disaster, ledger -> ledger.path("total").asInt() == 2);
        try (Browser browser = Browser.open()) {
            JavascriptExecutor page = open(browser, disaster);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> ledgerRows(page).size() == 2);

            assertThat(ledgerRows(page)).anySatisfy(row -> assertThat(row)
                    .contains("Tiếp nhận", "Công ty Điện lực Cao Bằng", "Doanh nghiệp", "50.000.000"));
            assertThat(ledgerRows(page)).anySatisfy(row -> assertThat(row).contains("Tiếp nhận", "Ẩn danh", "2.000.000"));
            assertThat(browser.driver().getPageSource()).doesNotContain("Nguyễn Văn Kín");
            assertThat(browser.visible(By.id("ledger-count")).getText()).isEqualTo("Đang hiện 2 trên 2 khoản");
            browser.screenshot("public-aid-ledger", By.id("aid-ledger"));

            page.executeScript("document.getElementById('lang').click();");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver ->
                    ledgerRows(page).stream().anyMatch(row -> row.contains("Anonymous") && row.contains("Received")));
            assertThat(browser.visible(By.id("aid-title")).getText()).isEqualTo("Public aid ledger");
            assertThat(((Number) page.executeScript("return document.documentElement.scrollWidth;")).intValue()).isLessThanOrEqualTo(1280);
        }
    }

    /** Opens /public/ (no login) and picks the disaster once the page lists it. */
    private static JavascriptExecutor open(Browser browser, String disaster) {
        browser.go("/public/");
        JavascriptExecutor page = browser.driver();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> (Boolean) page.executeScript(
                "const s = document.getElementById('disaster'); if (![...s.options].some(o => o.value === arguments[0])) return false;"
                        + "if (s.value !== arguments[0]) { s.value = arguments[0]; s.dispatchEvent(new Event('change')); } return true;", disaster));
        return page;
    }

    @SuppressWarnings("unchecked")
    private static List<String> ledgerRows(JavascriptExecutor page) {
        return (List<String>) page.executeScript("return [...document.querySelectorAll('#ledger tbody tr')].map(tr => tr.textContent);");
    }

    private static String deaths(JavascriptExecutor page) {
        return (String) page.executeScript("return document.querySelector(\"#cards [data-figure='DR-P01'] .figure\")?.textContent ?? null;");
    }
}
