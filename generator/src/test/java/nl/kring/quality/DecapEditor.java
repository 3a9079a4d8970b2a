package nl.kring.quality;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.kring.diagnostic.DiagnosticFormat;
import nl.kring.message.Texts;
import nl.kring.serve.Preview;
import nl.kring.serve.PreviewOptions;
import nl.kring.site.BuildTime;

/**
 * The web editor as a volunteer drives it: {@code kring serve} on a site folder, Decap CMS at /admin/ in the shared
 * headless Chromium, signed in to the local backend. The steps a test needs (open an entry, find a field by its
 * label, type, publish) and waits that explain, when they time out, what the editor showed.
 */
final class DecapEditor implements AutoCloseable {

    private final Browser browser;
    private final Path root;
    private final Path evidence;
    private final Preview preview;
    private final StringWriter log = new StringWriter();
    private final String origin;

    private DecapEditor(Browser browser, Path root, Path evidence) {
        this.browser = browser;
        this.root = root;
        this.evidence = evidence;
        this.preview = Preview.start(new PreviewOptions(root, List.of(), () -> new BuildTime.Local(SampleSite.NOW),
                        PreviewOptions.LOCAL_HOST, 0, DiagnosticFormat.TEXT, Texts.dutch()),
                new PrintWriter(new StringWriter(), true), new PrintWriter(log, true));
        this.origin = "http://127.0.0.1:" + preview.url().getPort();
    }

    /** Serves {@code root} and signs in to the editor; screenshots and the page of a failed wait go to {@code evidence}. */
    static DecapEditor signIn(Browser browser, Path root, Path evidence) {
        DecapEditor editor = new DecapEditor(browser, root, evidence);
        browser.desktop();
        browser.record("about:blank");  // forget earlier pages' requests
        try {
            browser.driver().get(editor.origin + "/admin/");
        } catch (org.openqa.selenium.TimeoutException busy) {
            // chromedriver gives a page 30 s; starting Decap's 5 MB script on a busy shared machine can take
            // longer. The page goes on loading: the wait for its sign-in button below decides.
        }
        editor.click(editor.button("Inloggen"));
        return editor;
    }

    @Override
    public void close() {
        preview.close();
    }

    String origin() {
        return origin;
    }

    /** What the preview server logged: the editor's refusals and failures start with "editor:". */
    String log() {
        return log.toString();
    }

    void go(String fragment) {
        go(fragment, null);
    }

    /**
     * Opens a view of the editor (one page: a new fragment is a step inside it, not a new page load) and
     * waits until its form shows a field with the value {@code shows} (for a new entry: an empty form), so
     * nothing is typed into the form of the entry before.
     */
    void go(String fragment, String shows) {
        // Decap asks before leaving a changed entry and before publishing: always yes
        browser.script("window.confirm = () => true;");
        String collection = fragment.replaceFirst("/(entries/.*|new)$", "");
        if (!collection.equals(fragment)) {
            // Decap keeps an open entry's form when only the entry in the address changes: leave it first
            browser.script("window.location.hash = arguments[0];", collection.substring(1));
            await(d -> Boolean.TRUE.equals(browser.script("return location.hash === arguments[0]"
                    + " && document.querySelectorAll('textarea:not([aria-hidden=true])').length === 0"
                    + " && document.querySelectorAll('a[href*=\"/entries/\"]').length > 0;", collection)) ? true : null);
        }
        browser.script("window.location.hash = arguments[0];", fragment.substring(1));
        if (shows != null) {
            await(d -> Boolean.TRUE.equals(browser.script(
                    "return location.hash === arguments[0] && [...document.querySelectorAll('input, textarea')]"
                            + ".some(e => arguments[1] === '' ? false : e.value === arguments[1])"
                            + " || arguments[1] === '' && location.hash === arguments[0]"
                            + " && document.querySelectorAll('label').length > 3"
                            + " && [...document.querySelectorAll('textarea:not([aria-hidden=true])')].every(e => e.value === '');",
                    fragment, shows)) ? true : null);
        }
    }

    String text() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }

    /** The control labelled {@code label} (perhaps with "(optioneel)"); {@code index} counts equal labels in page order. */
    WebElement field(String label, int index) {
        List<WebElement> labels = await(d -> {
            List<WebElement> found = d.findElements(By.xpath("//label[normalize-space(.)='" + label + "'"
                    + " or starts-with(normalize-space(.), '" + label + " (')]"));
            return found.size() > index ? found : null;
        });
        String id = labels.get(index).getAttribute("for");
        return browser.driver().findElement(By.id(id));
    }

    WebElement button(String text) {
        return await(d -> d.findElements(By.xpath("//button[normalize-space(.)='" + text + "'] | //*[@role='button'][normalize-space(.)='" + text + "']"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    void click(WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    static void retype(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    /** Types {@code words} at the end of the entry's rich-text body, as a volunteer adds a sentence. */
    void appendToText(String words) {
        WebElement text = await(d -> d.findElements(By.cssSelector("[data-slate-editor='true']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        click(text);
        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        text.sendKeys(words);
    }

    /** "Publiceer" → "Publiceer nu", as in Decap's simple publishing mode. */
    void publish() {
        browser.script("window.confirm = () => true;");
        click(button("Publiceer"));
        click(await(d -> d.findElements(By.xpath("//*[normalize-space(.)='Publiceer nu']")).stream()
                .filter(WebElement::isDisplayed).reduce((a, b) -> b).orElse(null)));
    }

    <T> T await(Function<WebDriver, T> condition) {
        try {
            // polled often: a test of every sample file waits for the editor some thousand times. An element gone
            // stale means the page changed under the condition (the editor re-drew it, or the preview's 404 page
            // reloaded itself when the rebuild it waited for landed): look again, as for one not there yet.
            return new WebDriverWait(browser.driver(), Duration.ofSeconds(90), Duration.ofMillis(50))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(condition::apply);
        } catch (RuntimeException e) {
            screenshot("failed");
            try {
                Files.writeString(evidence.resolve("failed.html"), browser.driver().getPageSource());
            } catch (IOException io) {
                e.addSuppressed(io);
            }
            String console = String.join("\n", browser.driver().manage().logs()
                    .get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream().map(String::valueOf).toList());
            throw new AssertionError("the editor did not get there; see " + evidence + ", the browser's console:\n"
                    + console + "\nand the log:\n" + log, e);
        }
    }

    /** Waits until the file on disk satisfies the condition; returns its text. */
    String awaitFile(String path, Predicate<String> condition) {
        return await(d -> Files.exists(root.resolve(path)) && condition.test(read(path)) ? read(path) : null);
    }

    /** The preview rebuilds on the save (its watcher sees the file): the page shows the change. */
    void awaitPreview(String sitePath, String expected) {
        String editor = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        try {
            await(d -> {
                d.get(origin + sitePath);
                return d.findElement(By.tagName("body")).getText().contains(expected) ? true : null;
            });
        } finally {
            browser.driver().close();
            browser.driver().switchTo().window(editor);
        }
    }

    void screenshot(String name) {
        browser.screenshot(evidence.resolve(name + ".png"));
    }

    String read(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
