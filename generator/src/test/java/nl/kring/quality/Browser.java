package nl.kring.quality;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium, driven by the system chromedriver, shared by all quality tests.
 * It records what a page did: every network request and response (from the DevTools performance
 * log), every console message and CSP violation (from the browser log), and every dialog a script
 * tried to open.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /** Runs before any script of a page: remembers dialogs instead of showing them. */
    private static final String DIALOG_RECORDER = """
            window.__dialogs = [];
            for (const name of ['alert', 'confirm', 'prompt', 'print']) {
              window[name] = function (message) { window.__dialogs.push(name + ':' + message); };
            }
            """;

    /**
     * Selenium warns that it has no DevTools bindings for this Chromium version. The suite does not
     * use those bindings: it speaks to DevTools through chromedriver ({@code executeCdpCommand})
     * and its logs, which work with any version. Kept in a field so the setting is not collected.
     */
    private static final Logger CDP_VERSION_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_LOG.setLevel(Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final Path profile;
    private final Json json = new Json();

    Browser() {
        for (String file : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(file))) {
                throw new IllegalStateException(file + " is missing: install Debian's chromium and chromium-driver "
                        + "(.ci/run does this with apt-get)");
            }
        }
        try {
            profile = Files.createTempDirectory("kring-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // With both the driver and the browser given, Selenium Manager has nothing to look up or download.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--disable-extensions", "--hide-scrollbars", "--lang=nl-NL",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", DIALOG_RECORDER));
        desktop();
    }

    ChromeDriver driver() {
        return driver;
    }

    /**
     * Opens a URL and reports what happened while it loaded: requests, response headers,
     * console messages and dialogs. Logs of earlier pages are drained first.
     */
    Visit open(String url) {
        drain();
        driver.get(url);
        awaitSearch();
        return record(url);
    }

    /** On the search page: waits until the script has answered (results, facets and status in place). */
    void awaitSearch() {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(script(
                "const p = document.querySelector('.search-page');"
                        + " return !p || p.dataset.state === 'ready' || p.dataset.state === 'error';")));
    }

    /** Waits until the browser has loaded the given URL, e.g. after a form was submitted with the keyboard. */
    void awaitPage(String url) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> url.equals(d.getCurrentUrl())
                && "complete".equals(script("return document.readyState;")));
        awaitSearch();
    }

    /** What happened since the last visit, e.g. after submitting a form with the keyboard. */
    Visit record(String url) {
        List<Visit.Request> requests = new ArrayList<>();
        List<Map<String, Object>> responseHeaders = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> message = message(entry);
            String method = (String) message.get("method");
            Map<String, Object> params = map(message.get("params"));
            if ("Network.requestWillBeSent".equals(method)) {
                Map<String, Object> request = map(params.get("request"));
                requests.add(new Visit.Request((String) request.get("url"), (String) params.get("type")));
            } else if ("Network.responseReceived".equals(method)) {
                responseHeaders.add(map(map(params.get("response")).get("headers")));
            } else if ("Network.responseReceivedExtraInfo".equals(method)) {
                responseHeaders.add(map(params.get("headers")));
            }
        }
        List<String> console = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
        List<String> dialogs = new ArrayList<>();
        try {
            dialogs.add("alert:" + driver.switchTo().alert().getText());
            driver.switchTo().alert().dismiss();
        } catch (NoAlertPresentException none) {
            // the usual case
        }
        Object recorded = script("return window.__dialogs || [];");
        if (recorded instanceof List<?> list) {
            list.forEach(d -> dialogs.add(String.valueOf(d)));
        }
        return new Visit(url, driver.getCurrentUrl(), requests, responseHeaders, console, dialogs);
    }

    private void drain() {
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.manage().logs().get(LogType.BROWSER);
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** A viewport of the given CSS size; {@code scale} 2 is how a 200% browser zoom lays out a page. */
    void viewport(int width, int height, double scale) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", scale, "mobile", false));
    }

    void desktop() {
        viewport(1280, 900, 1);
    }

    /** Lays the page out as for printing ({@code "print"}) or back on screen ({@code ""}). */
    void media(String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
    }

    /**
     * Lays the page out in the reader's colour scheme: {@code "dark"} or {@code "light"} as the system
     * setting {@code prefers-color-scheme} says, {@code ""} for the browser's default again.
     */
    void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "",
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Prints the current page to an A4 PDF the way a visitor's "Print" would. */
    byte[] printA4() {
        Map<String, Object> result = driver.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", 8.27,
                "paperHeight", 11.69, "printBackground", false, "preferCSSPageSize", true));
        return Base64.getDecoder().decode((String) result.get("data"));
    }

    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> message(LogEntry entry) {
        return map(map(json.toType(entry.getMessage(), Map.class)).get("message"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
