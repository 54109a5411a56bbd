package org.recoverytracker.system;

import org.recoverytracker.testkit.RunningSystem;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver} packages, which
 * {@code ./recovery test} installs when missing) pointed at the running system's gateway: one fresh profile per
 * instance, screenshots in {@code target/screenshots/}, downloads in a folder of its own, and network offline
 * emulation for the field app. Tests never skip for a missing browser: they fail saying how to install it.
 * Override the binaries with {@code -Drecovery.chromium=} and {@code -Drecovery.chromedriver=}.
 */
public final class Browser implements AutoCloseable {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;

    private Browser(int width, int height) {
        Path chromium = Path.of(System.getProperty("recovery.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("recovery.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            throw new IllegalStateException("browser tests need Chromium and its driver (" + chromium + ", " + chromedriver
                    + "): run ./recovery test, which installs them as root, or apt-get install -y chromium chromium-driver");
        }
        try {
            profile = Files.createTempDirectory("recovery-chromium-");
            downloads = Files.createDirectories(Path.of("target", "downloads").resolve(profile.getFileName())).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--lang=vi-VN");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        resize(width, height);
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    /** A desktop-sized window, 1280 × 900. */
    public static Browser open() {
        return new Browser(1280, 900);
    }

    /** A window of this size; below 800 px wide the page sees a phone's viewport (mobile emulation). */
    public static Browser open(int width, int height) {
        return new Browser(width, height);
    }

    /** Gives the open page a window of this size; below 800 px wide it sees a phone's viewport (mobile emulation). */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        if (width < 800) {
            // a desktop window cannot be this narrow: emulate the phone's viewport instead
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                    "deviceScaleFactor", 1, "mobile", true));
        } else {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Loads a page of the gateway, e.g. {@code /dashboard/}. */
    public Browser go(String pathAndQuery) {
        driver.get(RunningSystem.get().gateway(pathAndQuery).toString());
        return this;
    }

    /** Waits until an element is visible and returns it. */
    public WebElement visible(By locator) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until an element's text contains {@code text}. */
    public void waitForText(By locator, String text, Duration patience) {
        new WebDriverWait(driver, patience).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** The network as a phone without signal sees it: every request fails until {@link #online()}. */
    public void offline() {
        network(true);
    }

    public void online() {
        network(false);
    }

    private void network(boolean offline) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** Saves the whole page (beyond the window) as {@code target/screenshots/<name>.png} and returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true));
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves one element (a panel of a page) as {@code target/screenshots/<name>.png} and returns the file. */
    public Path screenshot(String name, By element) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.findElement(element).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where downloads land; a download is complete once no {@code .crdownload} file is left. */
    public Path downloads() {
        return downloads;
    }

    /** Files fully downloaded so far. */
    public List<Path> downloaded() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(file -> !file.toString().endsWith(".crdownload")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Console messages of level SEVERE since the last call (script errors, failed requests). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a profile left in the temporary folder is harmless
        }
    }
}
