package org.recoverytracker.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The coordinator dashboard as a test drives it: what a coordinator reads and clicks, by stable hooks. */
final class DashboardPage {
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Browser browser;

    private DashboardPage(Browser browser) {
        this.browser = browser;
    }

    /** Signs in as the demo coordinator, opens /dashboard/ on a disaster and waits until its totals and the live stream are there. */
    static DashboardPage open(Browser browser, String disaster) {
        browser.go("/login.html?next=" + URLEncoder.encode("/dashboard/#d=" + disaster, StandardCharsets.UTF_8));
        browser.visible(By.id("username")).sendKeys("coordinator");
        browser.driver().findElement(By.id("password")).sendKeys(Fixtures.DEMO_PASSWORD);
        browser.driver().findElement(By.id("submit")).click();
        DashboardPage page = new DashboardPage(browser);
        page.until(driver -> "live".equals(page.liveState()) && !driver.findElements(By.id("headline")).isEmpty());
        return page;
    }

    /**
     * The headline figure of an indicator and source as shown ("–" when there is none), read in one script call:
     * the page redraws its tables on every change, so an element found first may be gone when read.
     */
    String headline(String indicator, String source) {
        return (String) script("return document.querySelector(arguments[0])?.textContent ?? null;",
                "#headline td[data-figure='" + indicator + "'][data-source='" + source + "'] .value");
    }

    String deaths() {
        return headline("DR-P01", "GOV");
    }

    boolean hasDiscrepancyMarker(String indicator, String source) {
        return !browser.driver().findElements(By.cssSelector(
                "#headline td[data-figure='" + indicator + "'][data-source='" + source + "'] .discrepancy")).isEmpty();
    }

    void waitForDeaths(String expected, Duration patience) {
        new WebDriverWait(browser.driver(), patience).pollingEvery(Duration.ofMillis(25))
                .withMessage(() -> "deaths to read " + expected + ", but they read " + deaths())
                .until(driver -> expected.equals(deaths()));
    }

    String liveState() {
        return browser.driver().findElement(By.id("live-status")).getDomAttribute("data-state");
    }

    String areaName() {
        return browser.driver().findElement(By.id("area-name")).getText();
    }

    void openChild(String code) {
        click("#areas-table tr[data-area='" + code + "']");
        until(driver -> code.equals(currentBreadcrumbCode()));
    }

    void openFromBreadcrumb(String code) {
        click("#breadcrumb a[data-area='" + code + "']");
        until(driver -> code.equals(currentBreadcrumbCode()));
    }

    @SuppressWarnings("unchecked")
    List<String> breadcrumb() {
        return (List<String>) script("return [...document.querySelectorAll('#breadcrumb li')].map(li => li.textContent);");
    }

    private String currentBreadcrumbCode() {
        return (String) script("return document.querySelector(\"#breadcrumb [aria-current='page']\")?.dataset.area ?? null;");
    }

    /** Clicks an element that is (or soon is) on the page, found and clicked in one script call. */
    private void click(String selector) {
        until(driver -> (Boolean) script("const e = document.querySelector(arguments[0]); if (e) e.click(); return !!e;", selector));
    }

    /** Sets the as-of picker to a time in Vietnam, as a coordinator types it ("2024-09-11T10:00"). */
    void asOf(String vietnamTime) {
        script("const input = document.getElementById('asof'); input.value = arguments[0];"
                + "input.dispatchEvent(new Event('change'));", vietnamTime);
    }

    void backToNow() {
        browser.driver().findElement(By.id("now")).click();
    }

    void exportCsv() {
        browser.driver().findElement(By.id("export-csv")).click();
    }

    /** Clicks the export button of that id ("export-aid-csv"). */
    void export(String button) {
        browser.driver().findElement(By.id(button)).click();
    }

    List<WebElement> mapDistricts() {
        return browser.driver().findElements(By.cssSelector("svg#map path[data-area]"));
    }

    WebElement queueItem(String reportId) {
        return browser.visible(By.cssSelector("#queue-list li[data-report='" + reportId + "']"));
    }

    String queueItemText(String reportId) {
        until(driver -> inQueue(reportId));
        return (String) script("return document.querySelector(arguments[0]).textContent;", "#queue-list li[data-report='" + reportId + "']");
    }

    boolean inQueue(String reportId) {
        return !browser.driver().findElements(By.cssSelector("#queue-list li[data-report='" + reportId + "']")).isEmpty();
    }

    void reject(String reportId, String reason) {
        WebElement item = queueItem(reportId);
        item.findElement(By.name("reason")).sendKeys(reason);
        item.findElement(By.cssSelector("button[data-action='reject']")).click();
    }

    /** The VND value of one state of aid ("received") as the page holds it, null while the panel is not drawn. */
    String aidValue(String state) {
        return (String) script("return document.querySelector(arguments[0])?.dataset.value ?? null;", "#aid-by-state li[data-key='" + state + "']");
    }

    /** The amount of one state of aid as a coordinator reads it beside its bar. */
    String aidText(String state) {
        return text("#aid-by-state li[data-key='" + state + "'] .bar-value");
    }

    /** The percent a progress bar of a sector stands at (its aria-valuenow), and the text beside it. */
    List<String> progress(String sector, String output) {
        String row = "#rebuild-progress section[data-sector='" + sector + "'] li[data-output='" + output + "']";
        until(driver -> text(row + " .bar-value") != null);
        return List.of(String.valueOf(script("return document.querySelector(arguments[0]).getAttribute('aria-valuenow');", row + " .progress")),
                text(row + " .bar-value"));
    }

    String targetsSummary() {
        return text("#targets-summary");
    }

    /** The responsible units in the ranking, worst first, by code. */
    @SuppressWarnings("unchecked")
    List<String> laggingUnits() {
        return (List<String>) script("return [...document.querySelectorAll('#lagging-list li[data-unit]')].map(li => li.dataset.unit);");
    }

    /** Opens a unit of the ranking onto its projects and returns what it then shows. */
    String openLaggingUnit(String code) {
        String unit = "#lagging-list li[data-unit='" + code + "']";
        click(unit + " summary");
        until(driver -> (Boolean) script("return !!document.querySelector(arguments[0])?.open;", unit + " details"));
        return browser.visible(By.cssSelector(unit + " table.projects")).getText();
    }

    /** The funding gap bar of an area below: its VND value and the text beside it. */
    List<String> fundingGap(String areaCode) {
        String bar = "#funding-gap-bars li[data-key='" + areaCode + "']";
        until(driver -> text(bar) != null);
        return List.of((String) script("return document.querySelector(arguments[0]).dataset.value;", bar), text(bar + " .bar-value"));
    }

    /** The previous report's figure beside a queued one, once its comparison has loaded (it loads when seen). */
    String previousFigure(String reportId, String indicator) {
        String item = "#queue-list li[data-report='" + reportId + "']";
        String cell = item + " td[data-previous='" + indicator + "']";
        until(driver -> (Boolean) script("document.querySelector(arguments[0])?.scrollIntoView(); return !!document.querySelector(arguments[1]);",
                item, cell));
        return text(cell);
    }

    /** The first photo thumbnail of a queued report once it has loaded: its address and its decoded width. */
    @SuppressWarnings("unchecked")
    Map<String, Object> photoThumbnail(String reportId) {
        String item = "#queue-list li[data-report='" + reportId + "']";
        String image = item + " .photos img";
        // photos load once their report is scrolled into view, as a coordinator going down the queue does
        until(driver -> (Boolean) script("document.querySelector(arguments[0])?.scrollIntoView();"
                + "const i = document.querySelector(arguments[1]); return !!i && i.complete && i.naturalWidth > 0;", item, image));
        return (Map<String, Object>) script("const i = document.querySelector(arguments[0]);"
                + "return {src: i.getAttribute('src'), width: i.naturalWidth, alt: i.alt};", image);
    }

    /** How wide the page is laid out: wider than the window means sideways scrolling. */
    int scrollWidth() {
        return ((Number) script("return document.documentElement.scrollWidth;")).intValue();
    }

    void switchLanguage() {
        click("#lang");
    }

    /** The text of the first element matching a CSS selector, null when there is none. */
    String text(String selector) {
        return (String) script("return document.querySelector(arguments[0])?.textContent ?? null;", selector);
    }

    /** Marks the page so a test can tell it was never reloaded. */
    void mark() {
        script("window.recoveryTestMark = 'still the same page';");
    }

    boolean stillMarked() {
        return "still the same page".equals(script("return window.recoveryTestMark;"));
    }

    Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code, arguments);
    }

    void until(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), PATIENCE).until(condition);
    }
}
