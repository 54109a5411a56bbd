package org.recoverytracker.system;

import org.recoverytracker.testkit.RunningSystem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.recoverytracker.system.Reports.awaitDeaths;
import static org.recoverytracker.system.Reports.declareDisaster;
import static org.recoverytracker.system.Reports.submit;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
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
    private static final String NGUYEN_BINH = "052";
    private static final String SONG_HIEN = "01267";

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

        List<CSVRecord> records = downloadedCsv("damage-" + disaster + ".csv");
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
    void aidAndRebuildingCsvsDownloadFromTheirButtonsWithTheirHxlRows() throws IOException {
        String disaster = declareDisaster("ui-funding-csv");
        submit(disaster, HOANG_TUNG, "2024-09-12T03:00:00Z", 3);
        Recovery.receive(Recovery.pledge(disaster, "Hội Chữ thập đỏ tỉnh", "ORGANISATION", false, 100_000_000L), 40_000_000L);
        Recovery.project(disaster, NGUYEN_BINH, "Di dời hộ dân khỏi vùng sạt lở", 45, 9_000_000_000L);
        Recovery.awaitAnswer("/api/v1/funding-gap?disaster=" + disaster, gap -> gap.path("budgetVnd").asLong() == 9_000_000_000L);
        Recovery.awaitAnswer("/api/v1/totals/aid?disaster=" + disaster, aid -> aid.path("received").path("valueVnd").asLong() == 40_000_000L);
        DashboardPage page = openOnceConsumed(disaster, 3);

        page.export("export-aid-csv");
        List<CSVRecord> aid = downloadedCsv("aid-" + disaster + ".csv");
        int received = aid.get(1).toList().indexOf("#value+funding+received+vnd");
        assertThat(aid.get(1).toList()).contains("#adm1+code", "#value+funding+pledged+vnd");
        assertThat(aid.get(2).get(0)).isEqualTo(PROVINCE);
        assertThat(aid.get(2).get(received)).isEqualTo("40000000");

        page.export("export-rebuild-csv");
        List<CSVRecord> rebuild = downloadedCsv("rebuild-" + disaster + ".csv");
        List<String> tags = rebuild.get(1).toList();
        CSVRecord province = rebuild.get(2);
        assertThat(province.get(0)).isEqualTo(PROVINCE);
        assertThat(province.get(tags.indexOf("#sector+code"))).isEqualTo("ALL");
        assertThat(province.get(tags.indexOf("#value+funding+required+vnd"))).isEqualTo("9000000000");
        assertThat(province.get(tags.indexOf("#value+funding+gap+vnd"))).isEqualTo("9000000000");
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
        assertThat(page.previousFigure(wrong.toString(), "DR-P01")).as("beside the report it would replace").isEqualTo("2");
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

    @Test
    void aidPanelShowsEachStateOfAidAndFollowsTheStreamWithoutReload() {
        String disaster = declareDisaster("ui-aid");
        submit(disaster, HOANG_TUNG, "2024-09-12T03:00:00Z", 3);
        UUID donation = Recovery.pledge(disaster, "Hội Chữ thập đỏ tỉnh", "ORGANISATION", false, 100_000_000L);
        Recovery.receive(donation, 40_000_000L);
        Recovery.allocate(donation, SONG_HIEN, 30_000_000L);
        JsonNode aid = Recovery.awaitAnswer("/api/v1/totals/aid?disaster=" + disaster,
                answer -> answer.path("allocated").path("valueVnd").asLong() == 30_000_000L);
        DashboardPage page = openOnceConsumed(disaster, 3);

        page.until(driver -> "30000000".equals(page.aidValue("allocated")));
        assertThat(page.aidValue("pledged")).isEqualTo("100000000");
        assertThat(page.aidValue("received")).isEqualTo("40000000");
        assertThat(page.aidValue("distributed")).isEqualTo("0");
        assertThat(spaced(page.aidText("received"))).isEqualTo("40.000.000 ₫");
        assertThat(aid.path("byDonorType").path("ORGANISATION").path("received").asLong()).isEqualTo(40_000_000L);
        assertThat(spaced(page.text("#aid-by-donor-type [data-donor-type='ORGANISATION'] li[data-key='received'] .bar-value")))
                .isEqualTo("40.000.000 ₫");
        assertThat(page.text("#aid-by-donor-type [data-donor-type='STATE']")).as("a type that gave nothing is left out").isNull();
        browser.screenshot("dashboard-aid-panel", By.cssSelector(".aid-panel"));

        page.mark();
        Recovery.receive(donation, 20_000_000L);
        page.until(driver -> "60000000".equals(page.aidValue("received")));
        assertThat(page.stillMarked()).as("the page was not reloaded").isTrue();
    }

    @Test
    void rebuildingPanelShowsProgressTheTargetsBoardTheLaggingUnitAndTheFundingGap() {
        String disaster = declareDisaster("ui-rebuild");
        submit(disaster, HOANG_TUNG, "2024-09-12T03:00:00Z", 3);
        String title = "Di dời hộ dân khỏi vùng sạt lở Nguyên Bình";
        UUID project = Recovery.project(disaster, NGUYEN_BINH, title, 45, 9_000_000_000L);
        Recovery.progress(project, 12, 2_000_000_000L);
        Recovery.target(disaster, "Xây dựng lại 45 nhà ở", "Rebuild 45 houses", 45);
        Recovery.awaitAnswer("/api/v1/targets?disaster=" + disaster, targets -> targets.path("summary").path("offTrack").asInt() == 1);
        Recovery.awaitAnswer("/api/v1/lagging-units?disaster=" + disaster,
                units -> units.path("units").path(0).path("projects").path(0).path("achieved").asInt() == 12);
        DashboardPage page = openOnceConsumed(disaster, 3);

        // 12 of 45 houses, 2 of 9 billion đồng paid out; the deadline has passed, so the target is off track
        assertThat(page.progress("HOUSING", "house-relocation|house")).containsExactly("26.7", "26,7%");
        assertThat(page.progress("HOUSING", "disbursed")).containsExactly("22.2", "22,2%");
        page.until(driver -> page.targetsSummary() != null);
        assertThat(page.targetsSummary()).isEqualTo("1 trên 1 chậm tiến độ");
        assertThat(page.laggingUnits()).containsExactly(Recovery.SXD);
        assertThat(page.openLaggingUnit(Recovery.SXD)).contains(title, "Huyện Nguyên Bình", "Chậm tiến độ");
        List<String> gap = page.fundingGap(NGUYEN_BINH);
        assertThat(gap.get(0)).isEqualTo("9000000000");
        assertThat(spaced(gap.get(1))).isEqualTo("9.000.000.000 ₫");
        browser.screenshot("dashboard-rebuilding-panel", By.cssSelector(".rebuild-panel"));
        browser.screenshot("dashboard-targets-board", By.id("targets-block"));
        assertThat(page.scrollWidth()).as("no sideways scrolling at 1280 px").isLessThanOrEqualTo(1280);

        page.mark();
        Recovery.progress(project, 30, 2_000_000_000L);
        page.until(driver -> "66.7".equals(page.progress("HOUSING", "house-relocation|house").get(0)));
        assertThat(page.stillMarked()).as("progress followed the stream, no reload").isTrue();

        browser.resize(768, 1024);
        page.until(driver -> page.scrollWidth() <= 768);
        assertThat(browser.visible(By.id("targets-summary")).getRect().getWidth()).isLessThanOrEqualTo(768);
        browser.screenshot("dashboard-768");

        page.switchLanguage();
        page.until(driver -> "1 of 1 off track".equals(page.targetsSummary()));
        assertThat(page.progress("HOUSING", "house-relocation|house")).containsExactly("66.7", "66.7%");
    }

    @Test
    void verificationQueueShowsTheReportsPhotoAsAThumbnail() {
        String disaster = declareDisaster("ui-photo");
        UUID report = submit(disaster, HOANG_TUNG, "2024-09-12T03:00:00Z", 3);
        Api.Answer stored = Api.call("PUT", RunningSystem.get().gateway("/api/v1/damage-reports/" + report + "/photos/" + UUID.randomUUID()),
                png(64, 48), Api.COORDINATOR);
        assertThat(stored.status()).as("%s", stored.body()).isEqualTo(201);
        DashboardPage page = openOnceConsumed(disaster, 3);

        Map<String, Object> thumbnail = page.photoThumbnail(report.toString());

        assertThat((String) thumbnail.get("src")).as("fetched with the token, shown from memory").startsWith("blob:");
        assertThat(((Number) thumbnail.get("width")).intValue()).as("the photo itself, decoded").isEqualTo(64);
        assertThat(thumbnail.get("alt")).isEqualTo("Ảnh 1 của báo cáo");
        browser.screenshot("dashboard-queue-photo", By.cssSelector("#queue-list li[data-report='" + report + "']"));
    }

    /** Waits for a download of that name and reads it as CSV (a byte-order mark first is allowed). */
    private List<CSVRecord> downloadedCsv(String name) throws IOException {
        Path file = browser.downloads().resolve(name);
        await().atMost(Duration.ofSeconds(15)).until(() -> browser.downloaded().contains(file));
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return CSVParser.parse(reader, CSVFormat.RFC4180).getRecords();
        }
    }

    /** A real PNG, as a phone's camera would give after compression (only smaller). */
    private static Api.Upload png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x8e, 0x44, 0x2b));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color(0x0b, 0x53, 0x94));
        graphics.fillRect(0, 0, width, height / 2);
        graphics.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Api.Upload(bytes.toByteArray(), "image/png");
    }

    /** Text as read, with the no-break spaces number formats put before a currency sign made plain. */
    private static String spaced(String text) {
        return text == null ? null : text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
