package org.recoverytracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The browser harness itself: a real Chromium reaches the gateway, takes screenshots and can lose its network. */
class BrowserHarnessIT {

    @Test
    void chromiumOpensTheLandingPageThroughTheGatewayAndLosesItWhenOffline() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.go("/");
            assertThat(browser.visible(By.tagName("h1")).getText()).contains("Cao Bằng");
            assertThat(Files.size(browser.screenshot("harness-landing"))).isGreaterThan(1000);

            browser.offline();
            assertThatThrownBy(() -> browser.go("/dashboard/")).hasMessageContaining("ERR_INTERNET_DISCONNECTED");

            browser.online();
            browser.go("/dashboard/");
            assertThat(browser.visible(By.tagName("h1")).getText()).isNotBlank();
        }
    }
}
