package org.recoverytracker.system;

import org.recoverytracker.testkit.RunningSystem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.recoverytracker.system.Reports.awaitDeaths;
import static org.recoverytracker.system.Reports.declareDisaster;
import static org.recoverytracker.system.Reports.submit;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

/**
 * Issue 8 in a real headless Chromium against every real service, through the gateway: what a coordinator sees
 * on /dashboard/. Each test has a disaster of its own; screenshots go to target/screenshots/.
 */
class DashboardIT {
    private static final String PROVINCE = "04";
    private static final String HOA_AN = "051";
    private static final String HOANG_TUNG = "01696";
    private static final String NGUYEN_HUE = "01699";

    private Browser browser;
    private String testName;

    @BeforeEach
    void openBrowser(TestInfo test) {
        RunningSystem.get();
        browser = Browser.open();
        testName = test.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void closeBrowser() {
        browser.screenshot("dashboard-" + testName);
        assertThat(browser.consoleErrors()).as("script errors in the page").noneMatch(message -> message.contains("Uncaught"));
        browser.close();
    }

    /** Opens the dashboard once the aggregation shows the province's deaths, and waits until the page does too. */
    private DashboardPage openOnceConsumed(String disaster, int provinceDeaths) {
        awaitDeaths(disaster, PROVINCE, provinceDeaths);
        DashboardPage page = DashboardPage.open(browser, disaster);
        page.waitForDeaths(String.valueOf(provinceDeaths), DashboardPage.PATIENCE);
        return page;
    }

    @Test
    void reportAcceptedThroughTheApiChangesTheOpenDashboardWithinTwoSecondsWithoutReload() {
        String disaster = declareDisaster("ui-live");
        submit(disaster, HOANG_TUNG, "2024-09-12T03:00:00Z", 3);
        DashboardPage page = openOnceConsumed(disaster, 3);
        page.mark();

        submit(disaster, NGUYEN_HUE, "2024-09-12T03:00:00Z", 4);
        long accepted = System.nanoTime();
        page.waitForDeaths("7", Duration.ofSeconds(2));

        assertThat((System.nanoTime() - accepted) / 1_000_000).as("ms from 201 to the new number on screen").isLessThan(2000);
        assertThat(page.stillMarked()).as("the page was not reloaded").isTrue();
        assertThat(page.liveState()).isEqualTo("live");
    }

    @Test
    void coordinatorDrillsDownToACommuneAndComesBackByTheBreadcrumb() {
        String disaster = declareDisaster("ui-drill");
        submit(disaster, HOANG_TUNG, "2024-09-12T03:00:00Z", 3);
        submit(disaster, NGUYEN_HUE, "2024-09-12T03:00:00Z", 4);
        DashboardPage page = openOnceConsumed(disaster, 7);

        page.openChild(HOA_AN);
        assertThat(page.areaName()).isEqualTo("Huyện Hoà An");
        page.waitForDeaths("7", DashboardPage.PATIENCE);
        page.openChild(HOANG_TUNG);
        assertThat(page.areaName()).isEqualTo("Xã Hoàng Tung");
        page.waitForDeaths("3", DashboardPage.PATIENCE);
        assertThat(page.breadcrumb()).containsExactly("Tỉnh Cao Bằng", "Huyện Hoà An", "Xã Hoàng Tung");
        browser.screenshot("dashboard-commune");

        page.openFromBreadcrumb(PROVINCE);
        assertThat(page.areaName()).isEqualTo("Tỉnh Cao Bằng");
        page.waitForDeaths("7", DashboardPage.PATIENCE);
    }

    @Test
    void asOfViewShowsTheEarlierFigureAndNowShowsTheLatestAgain() {
        String disaster = declareDisaster("ui-asof");
        submit(disaster, HOANG_TUNG, "2024-09-10T03:00:00Z", 2);
        submit(disaster, HOANG_TUNG, "2024-09-12T03:00:00Z", 5);
        DashboardPage page = openOnceConsumed(disaster, 5);

        page.asOf("2024-09-11T10:00");
        page.waitForDeaths("2", DashboardPage.PATIENCE);
        assertThat(page.liveState()).isEqualTo("asof");
        browser.screenshot("dashboard-as-of");

        page.backToNow();
        page.waitForDeaths("5", DashboardPage.PATIENCE);
        assertThat(page.liveState()).isEqualTo("live");
    }

    @Test
    void csvExportDownloadsAndParsesWithItsHxlRow() throws Exception {
        String disaster = declareDisaster("ui-csv");
        submit(disaster, HOANG_TUNG, "2024-09-12T03:00:00Z", 3);
        DashboardPage page = openOnceConsumed(disaster, 3);

        page.exportCsv();
        await().atMost(Duration.ofSeconds(15)).until(() -> !browser.downloaded().isEmpty());

        Path file = browser.downloaded().getFirst();
        assertThat(file.getFileName().toString()).isEqualTo("damage-" + disaster + ".csv");
        List<CSVRecord> records;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            records = CSVParser.parse(reader, CSVFormat.RFC4180).getRecords();
        }
        List<String> header = records.get(0).toList();
        List<String> hashtags = records.get(1).toList();
        assertThat(hashtags).hasSameSizeAs(header).contains("#adm1+code", "#adm2+name", "#affected+killed", "#affected+missing");
        int dead = hashtags.indexOf("#affected+killed");
        CSVRecord province = records.get(2);
        assertThat(province.get(0)).isEqualTo(PROVINCE);
        assertThat(province.get(dead)).isEqualTo("3");
        assertThat(records).hasSize(2 + 172);
    }

    @Test
    void mapDrawsTheTenDistrictsAndColoursTheOneWithDeaths() {
        String disaster = declareDisaster("ui-map");
        submit(disaster, HOANG_TUNG, "2024-09-12T03:00:00Z", 3);
        DashboardPage page = openOnceConsumed(disaster, 3);

        page.until(driver -> page.mapDistricts().size() == 10);
        List<String> codes = page.mapDistricts().stream().map(path -> path.getDomAttribute("data-area")).toList();
        assertThat(codes).containsExactlyInAnyOrder("040", "042", "043", "045", "047", "048", "049", "051", "052", "053");
        String hoaAn = page.mapDistricts().stream().filter(path -> HOA_AN.equals(path.getDomAttribute("data-area")))
                .findFirst().orElseThrow().getDomAttribute("fill");
        String city = page.mapDistricts().stream().filter(path -> "040".equals(path.getDomAttribute("data-area")))
                .findFirst().orElseThrow().getDomAttribute("fill");
        assertThat(hoaAn).isNotEqualTo(city);
        assertThat(page.mapDistricts()).allMatch(path -> path.getDomAttribute("d").startsWith("M"));
    }

    @Test
    void rejectingAReportInTheVerificationQueueMakesTheTotalsFallBack() {
        String disaster = declareDisaster("ui-reject");
        submit(disaster, HOANG_TUNG, "2024-09-10T03:00:00Z", 2);
        UUID wrong = submit(disaster, HOANG_TUNG, "2024-09-12T03:00:00Z", 6);
        DashboardPage page = openOnceConsumed(disaster, 6);
        assertThat(page.queueItemText(wrong.toString())).contains("Xã Hoàng Tung");
        browser.screenshot("dashboard-queue");

        page.reject(wrong.toString(), "Trùng với báo cáo của huyện");

        page.waitForDeaths("2", DashboardPage.PATIENCE);
        page.until(driver -> !page.inQueue(wrong.toString()));
        assertThat(Api.get("/api/v1/damage-reports/" + wrong).body().path("status").asText()).isEqualTo("REJECTED");
    }

    @Test
    void dashboardFitsAPhoneScreenWithoutSidewaysScrolling() {
        String disaster = declareDisaster("ui-phone");
        submit(disaster, HOANG_TUNG, "2024-09-12T03:00:00Z", 3);
        browser.close();
        browser = Browser.open(360, 800);
        DashboardPage page = openOnceConsumed(disaster, 3);

        assertThat(((Number) page.script("return document.documentElement.scrollWidth;")).intValue()).isLessThanOrEqualTo(360);
        assertThat(browser.visible(By.id("disaster")).getRect().getWidth()).isLessThanOrEqualTo(360);
    }

    @Test
    void englishSwitchTranslatesThePageAndKeepsItsFigures() {
        String disaster = declareDisaster("ui-english");
        submit(disaster, HOANG_TUNG, "2024-09-12T03:00:00Z", 3);
        DashboardPage page = openOnceConsumed(disaster, 3);
        assertThat(page.text("#headline tr[data-indicator='DR-P01'] th")).startsWith("Người chết");

        page.switchLanguage();

        page.until(driver -> "Coordinator dashboard".equals(page.text("h1")));
        assertThat(page.text("#headline tr[data-indicator='DR-P01'] th")).startsWith("Deaths");
        assertThat(page.text("#live-status .label")).isEqualTo("Live");
        assertThat(page.deaths()).isEqualTo("3");
    }

    @Test
    void droppedStreamShowsReconnectingAndThePageCatchesUpWhenTheServiceIsBack() {
        String disaster = declareDisaster("ui-drop");
        submit(disaster, HOANG_TUNG, "2024-09-12T03:00:00Z", 3);
        DashboardPage page = openOnceConsumed(disaster, 3);
        page.mark();

        RunningSystem.get().stop("aggregation-service");
        try {
            page.until(driver -> "reconnecting".equals(page.liveState()));
            browser.screenshot("dashboard-reconnecting");
            submit(disaster, NGUYEN_HUE, "2024-09-12T03:00:00Z", 4);
        } finally {
            RunningSystem.get().start("aggregation-service");
        }

        page.waitForDeaths("7", Duration.ofSeconds(60));
        page.until(driver -> "live".equals(page.liveState()));
        assertThat(page.stillMarked()).as("caught up without a reload").isTrue();
    }
}
