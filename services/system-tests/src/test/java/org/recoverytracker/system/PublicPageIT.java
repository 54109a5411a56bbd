package org.recoverytracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoverytracker.system.Reports.awaitDeaths;
import static org.recoverytracker.system.Reports.declareDisaster;
import static org.recoverytracker.system.Reports.submit;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The public page at /public/: headline figures without any login, kept live, and the aid ledger's place. */
class PublicPageIT {

    @Test
    void anyoneSeesTheProvincesOfficialFiguresUpdateLiveAndTheAidLedgersPlace() {
        String disaster = declareDisaster("public");
        submit(disaster, "01696", "2024-09-12T03:00:00Z", 3);
        awaitDeaths(disaster, "04", 3);
        try (Browser browser = Browser.open()) {
            browser.go("/public/");
            JavascriptExecutor page = browser.driver();
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
            wait.until(driver -> (Boolean) page.executeScript(
                    "const s = document.getElementById('disaster'); if (![...s.options].some(o => o.value === arguments[0])) return false;"
                            + "if (s.value !== arguments[0]) { s.value = arguments[0]; s.dispatchEvent(new Event('change')); } return true;", disaster));
            wait.until(driver -> "3".equals(deaths(page)) && "live".equals(page.executeScript(
                    "return document.getElementById('live-status').dataset.state;")));

            submit(disaster, "01699", "2024-09-12T03:00:00Z", 4);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(driver -> "7".equals(deaths(page)));

            assertThat(browser.visible(By.id("aid-ledger")).getText()).contains("Sổ công khai tiếp nhận viện trợ");
            browser.screenshot("public-page");
        }
    }

    private static String deaths(JavascriptExecutor page) {
        return (String) page.executeScript("return document.querySelector(\"#cards [data-figure='DR-P01'] .figure\")?.textContent ?? null;");
    }
}
