package org.recoverytracker.system;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The field app as an officer's phone shows it (issue 7): a 360 px wide screen in Vietnam's time zone, driven
 * through its visible controls. The outbox's cards carry {@code data-report-id} and {@code data-state}.
 */
final class FieldApp {
    static final int PHONE_WIDTH = 360;
    static final int PHONE_HEIGHT = 780;
    /** The demo field officer (all of Cao Bằng) that the test system seeds; the password is the demo one. */
    static final String FIELD_USER = "field";
    static final String FIELD_PASSWORD = System.getProperty("recovery.demo-password", "yagi-demo-2024");
    /** The form shown on the "new" screen (damage, aid received or progress). */
    private static final String SHOWN_FORM = ".kind-form:not([hidden])";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final Browser browser;
    private final ChromeDriver driver;

    private FieldApp(Browser browser) {
        this.browser = browser;
        this.driver = browser.driver();
    }

    /** A phone-sized browser (the harness emulates the viewport) with touch, in Vietnam's time zone, on /field/. */
    static FieldApp open(Browser browser) {
        return open(browser, "/field/");
    }

    /** The same, opening an address of the app such as a coordinator's link {@code /field/?donation=<id>}. */
    static FieldApp open(Browser browser, String path) {
        ChromeDriver driver = browser.driver();
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true));
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Ho_Chi_Minh"));
        browser.go(path);
        return new FieldApp(browser).started();
    }

    /** A screenshot of the whole screen from its top (so the sticky header sits where the officer sees it). */
    void screenshot(String name) {
        js("window.scrollTo(0, 0)");
        browser.screenshot(name);
    }

    Browser browser() {
        return browser;
    }

    FieldApp started() {
        until("the app has started", "return document.documentElement.dataset.appReady === 'yes'");
        if ("login".equals(js("return document.documentElement.dataset.screen"))) {
            logIn(FIELD_USER, FIELD_PASSWORD);
        }
        return this;
    }

    /** Logs in on the app's own login screen and waits until it has taken the officer back. */
    FieldApp logIn(String username, String password) {
        WebElement name = driver.findElement(By.id("login-username"));
        name.clear();
        name.sendKeys(username);
        driver.findElement(By.id("login-password")).sendKeys(password);
        driver.findElement(By.cssSelector("#login-form button[type=submit]")).click();
        until("the login is accepted", "return document.documentElement.dataset.screen !== 'login'");
        return this;
    }

    /** Waits until the service worker controls the page, i.e. a reload works with no network. */
    FieldApp offlineReady() {
        until("the service worker controls the page", "return document.documentElement.dataset.offlineReady === 'yes'");
        return this;
    }

    FieldApp reload() {
        driver.navigate().refresh();
        return started();
    }

    /**
     * What the page loaded from the app (its URL and every same-origin file) that the service worker's cache does not
     * hold. The harness's offline emulation reaches the page, not the worker's own fetches, so a reload offline alone
     * would not notice a file the worker fetches instead of keeping.
     */
    @SuppressWarnings("unchecked")
    List<String> notKeptForOffline() {
        return (List<String>) asyncJs("""
                const urls = [location.href.split('#')[0], ...performance.getEntriesByType('resource').map((e) => e.name)]
                  .filter((u) => new URL(u).origin === location.origin && !new URL(u).pathname.startsWith('/api/'));
                Promise.all(urls.map(async (u) => ((await caches.match(u)) ? null : u)))
                  .then((missing) => done(missing.filter(Boolean)));""");
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Runs an async snippet that calls {@code done(result)} (the last script argument). */
    Object asyncJs(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];" + script, args);
    }

    void until(String what, String script, Object... args) {
        new WebDriverWait(driver, PATIENCE).withMessage(what)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(script, args)));
    }

    FieldApp chooseDisaster(String disasterId) {
        By select = By.cssSelector(SHOWN_FORM + " .field[data-field=disasterId] select");
        until("disaster " + disasterId + " is offered", "return [...arguments[0].options].some(o => o.value === arguments[1])",
                driver.findElement(select), disasterId);
        new Select(driver.findElement(select)).selectByValue(disasterId);
        return this;
    }

    /** The figures' time as the officer types it on the phone (local time in Vietnam), e.g. 2024-09-12T12:30. */
    FieldApp asOf(String localDateTime) {
        js("const input = document.getElementById('f-asOf'); input.value = arguments[0];"
                + "input.dispatchEvent(new Event('change', {bubbles: true}));", localDateTime);
        return this;
    }

    /** The names the area search offers for what was typed. */
    List<String> searchArea(String typed) {
        WebElement search = driver.findElement(By.cssSelector(SHOWN_FORM + " [data-part=search]"));
        search.clear();
        search.sendKeys(typed);
        return driver.findElements(By.cssSelector(SHOWN_FORM + " [data-part=results] button")).stream().map(WebElement::getText).toList();
    }

    /** Types into the area search and taps the result with this name. */
    FieldApp pickArea(String typed, String name) {
        searchArea(typed);
        driver.findElements(By.cssSelector(SHOWN_FORM + " [data-part=results] button")).stream()
                .filter(b -> b.getText().startsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no search result " + name + " for " + typed))
                .click();
        return this;
    }

    /** A part of the shown form: heading, entity-id, chosen (area), district, commune, cleared, gps, gps-result, ... */
    WebElement part(String name) {
        return driver.findElement(By.cssSelector(SHOWN_FORM + " [data-part=" + name + "]"));
    }

    /** Shows the damage, aid or progress form. */
    FieldApp kind(String kind) {
        driver.findElement(By.cssSelector(".kinds button[data-kind='" + kind + "']")).click();
        return this;
    }

    String chosenArea() {
        return part("chosen").getText();
    }

    FieldApp figure(String code, String value) {
        WebElement input = driver.findElement(By.id("fig-" + code));
        if (!input.isDisplayed()) {
            input.findElement(By.xpath("ancestor::details/summary")).click();
        }
        input.clear();
        input.sendKeys(value);
        return this;
    }

    /** The UUID the open form will be sent under. */
    String reportId() {
        return part("entity-id").getAttribute("textContent");
    }

    /** Taps "Lưu và gửi" and returns the id the report was stored under. */
    String submit() {
        String id = reportId();
        driver.findElement(By.cssSelector(SHOWN_FORM + " button[type=submit]")).click();
        return id;
    }

    /** The message shown beside a field ({@code asOf}, {@code areaCode}, {@code figures.DR-P01}), "" when none. */
    String errorBeside(String field) {
        return (String) js("const f = document.querySelector(`.kind-form:not([hidden]) .field[data-field=\"${arguments[0]}\"]`);"
                + "return f && f.classList.contains('invalid') ? f.querySelector('.error').textContent : '';", field);
    }

    FieldApp tab(String screen) {
        driver.findElement(By.cssSelector(".tabs a[data-screen='" + screen + "']")).click();
        until("screen " + screen + " is shown", "return document.documentElement.dataset.screen === arguments[0]", screen);
        return this;
    }

    /** The outbox entries' report ids and states, oldest first. */
    List<Map<String, String>> outbox() {
        @SuppressWarnings("unchecked")
        List<Map<String, String>> cards = (List<Map<String, String>>) js("return [...document.querySelectorAll('#outbox-list .card')]"
                + ".map(c => ({reportId: c.dataset.entityId, state: c.dataset.state}))");
        return cards;
    }

    FieldApp waitForOutbox(String state, int count) {
        until(count + " outbox entries " + state,
                "return document.querySelectorAll(`#outbox-list .card[data-state=\"${arguments[0]}\"]`).length === arguments[1]",
                state, count);
        return this;
    }

    WebElement outboxCard(String reportId) {
        return driver.findElement(By.cssSelector("#outbox-list .card[data-entity-id='" + reportId + "']"));
    }

    /** How wide the page is laid out; more than the screen means sideways scrolling. */
    long scrollWidth() {
        return (Long) js("return document.documentElement.scrollWidth");
    }

    /** Opens every indicator group, so a screenshot or a width check sees the whole form. */
    FieldApp openAllGroups() {
        js("document.querySelectorAll('#figures details').forEach(d => d.open = true)");
        return this;
    }
}
