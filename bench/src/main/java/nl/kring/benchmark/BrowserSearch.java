package nl.kring.benchmark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * What searching a built region costs a visitor, in Debian's headless Chromium against a static server:
 * bytes and requests of a first search (a fresh browser opening {@code /zoeken/?q=…}, as the search box on
 * every page does) and of the next one on the same page, and how long queries take until their results are
 * on the page (the warm queries with the CPU slowed down as for a phone). Only the search's own files count: {@code search.js} and everything under {@code search/}.
 */
final class BrowserSearch implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** How many times slower than this machine the warm queries run, to stand for a mid-range phone. */
    static final int PHONE_SLOWDOWN = 4;

    /** A first query, a next one, then a mix of one and two words, compounds and a misspelling. */
    static final List<String> QUERIES = List.of("rouw", "mantelzorg dementie", "kanker", "schulden", "eenzaamheid",
            "autisme ouders", "diabetis", "online", "dinsdag", "verslaving", "financiele zorgen", "borstkanker",
            "lotgenoten", "depressie jongeren", "rouwverwerking", "angst");

    /**
     * One search: requests and bytes it transferred (search files only), milliseconds until its results showed,
     * and of those the milliseconds the search engine took to answer (the rest is building the page).
     */
    record Search(String query, int requests, long bytes, double millis, int results, double engineMillis) {
    }

    /** A first search, the next one, and the time of each query on a warm page. */
    record Result(Search first, Search next, List<Search> warm) {

        double medianMillis() {
            return Measured.median(warm.stream().map(Search::millis).toList());
        }

        double maxMillis() {
            return warm.stream().mapToDouble(Search::millis).max().orElse(0);
        }

        double medianEngineMillis() {
            return Measured.median(warm.stream().map(Search::engineMillis).toList());
        }

        double maxEngineMillis() {
            return warm.stream().mapToDouble(Search::engineMillis).max().orElse(0);
        }
    }

    /** The measurements in the page: what search files have been transferred since the last call. */
    private static final String SEARCH_FILES = """
            const entries = performance.getEntriesByType('resource')
              .filter((e) => /\\/search\\/|\\/search\\.[0-9a-f]+\\.js|\\/search\\.js/.test(e.name));
            const seen = (window.__kringSeen ??= new Set());
            const fresh = entries.filter((e) => !seen.has(e.name + '@' + e.startTime));
            fresh.forEach((e) => seen.add(e.name + '@' + e.startTime));
            return { requests: fresh.length, bytes: fresh.reduce((sum, e) => sum + e.transferSize, 0) };
            """;

    /** Submits a query on the search page and answers when its results are on the page. */
    private static final String SUBMIT = """
            const [query, done] = arguments;
            const root = document.querySelector('.search-page');
            const form = root.querySelector('form');
            const observer = new MutationObserver(() => {
              if (root.dataset.state === 'ready' || root.dataset.state === 'error') {
                observer.disconnect();
                const query = performance.getEntriesByName('kring:search-query').at(-1);
                done({ millis: performance.now() - start, state: root.dataset.state,
                       results: root.querySelectorAll('.result').length, engine: query ? query.duration : -1 });
              }
            });
            observer.observe(root, { attributes: true, attributeFilter: ['data-state'] });
            root.dataset.state = 'measuring';
            const start = performance.now();
            form.querySelector('input[type="search"]').value = query;
            form.requestSubmit();
            """;

    private final Path profile;
    private final ChromeDriver driver;

    BrowserSearch() {
        for (String file : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(file))) {
                throw new IllegalStateException(file + " is missing: install Debian's chromium and chromium-driver");
            }
        }
        try {
            profile = Files.createTempDirectory("kring-bench-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--disable-extensions", "--lang=nl-NL", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
    }

    Result measure(String siteUrl) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        String first = QUERIES.getFirst();
        driver.get(siteUrl + "zoeken/?q=" + URLEncoder.encode(first, StandardCharsets.UTF_8));
        Map<?, ?> state = awaitReady();
        Map<?, ?> firstFiles = (Map<?, ?>) driver.executeScript(SEARCH_FILES);
        Search firstSearch = new Search(first, number(firstFiles.get("requests")).intValue(),
                number(firstFiles.get("bytes")).longValue(), number(state.get("millis")).doubleValue(),
                number(state.get("results")).intValue(), -1);
        Search next = submit(QUERIES.get(1));
        List<Search> warm = new ArrayList<>();
        QUERIES.forEach(this::submit);   // loads every file the queries need
        // A mid-range phone: DevTools' "mid-tier mobile" preset slows the CPU down four times.
        driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", PHONE_SLOWDOWN));
        for (String query : QUERIES) {
            warm.add(submit(query));
        }
        driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
        return new Result(firstSearch, next, warm);
    }

    /** Waits until the page opened with a query shows its results; their time counts from navigation start. */
    private Map<?, ?> awaitReady() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Object state = driver.executeScript("""
                    const root = document.querySelector('.search-page');
                    const mark = performance.getEntriesByName('kring:search-ready').at(-1);
                    if (root?.dataset.state === 'error') return { error: true };
                    return mark ? { millis: mark.startTime, results: root.querySelectorAll('.result').length } : null;
                    """);
            if (state instanceof Map<?, ?> map) {
                if (map.containsKey("error")) {
                    throw new IllegalStateException("the search page shows an error");
                }
                return map;
            }
            sleep();
        }
        throw new IllegalStateException("the search page did not show results within 60 s");
    }

    private Search submit(String query) {
        Map<?, ?> state = (Map<?, ?>) driver.executeAsyncScript(SUBMIT, query);
        if (!"ready".equals(state.get("state"))) {
            throw new IllegalStateException("search for '" + query + "' ended in state " + state.get("state"));
        }
        Map<?, ?> files = (Map<?, ?>) driver.executeScript(SEARCH_FILES);
        return new Search(query, number(files.get("requests")).intValue(), number(files.get("bytes")).longValue(),
                number(state.get("millis")).doubleValue(), number(state.get("results")).intValue(),
                number(state.get("engine")).doubleValue());
    }

    private static Number number(Object value) {
        return value instanceof Number n ? n : 0;
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }
}
