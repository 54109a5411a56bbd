package org.recoverytracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The gateway's sign-in page in a real Chromium: a wrong password is told, the right one leads back where the user was going. */
class SignInPageIT {

    @Test
    void aWrongPasswordIsToldAndTheRightOneLeadsToTheDashboard() {
        try (Browser browser = Browser.open()) {
            browser.go("/dashboard/");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(driver -> driver.getCurrentUrl().contains("/login.html?next=%2Fdashboard%2F"));

            browser.visible(By.id("username")).sendKeys("coordinator");
            browser.driver().findElement(By.id("password")).sendKeys("not the password");
            browser.driver().findElement(By.id("submit")).click();
            browser.waitForText(By.id("error"), "Wrong username or password", Duration.ofSeconds(15));
            browser.screenshot("sign-in-refused");

            browser.driver().findElement(By.id("password")).clear();
            browser.driver().findElement(By.id("password")).sendKeys(Fixtures.DEMO_PASSWORD);
            browser.driver().findElement(By.id("submit")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().contains("/dashboard/")
                    && !driver.getCurrentUrl().contains("login"));
            assertThat(browser.visible(By.tagName("h1")).getText()).isNotBlank();
        }
    }
}
