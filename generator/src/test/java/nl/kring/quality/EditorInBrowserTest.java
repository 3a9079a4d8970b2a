package nl.kring.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;

import nl.kring.diagnostic.Diagnostic;
import nl.kring.diagnostic.DiagnosticFormat;
import nl.kring.message.Texts;
import nl.kring.serve.Preview;
import nl.kring.serve.PreviewOptions;
import nl.kring.site.BuildOptions;
import nl.kring.site.BuildResult;
import nl.kring.site.BuildTime;
import nl.kring.site.SiteBuilder;
import nl.kring.testing.TestSite;

/**
 * The web editor as a volunteer uses it: {@code kring serve} on a copy of the sample network, Decap CMS at
 * /admin/ in headless Chromium, offline. Lists Roermond's groups, edits a group's summary and start time,
 * creates a group through the form (refused while a required field is empty), keeps a
 * {@code private: ja} address private, edits a story's text and a topic of topics.yml, and uploads an image
 * for the story through Decap's media library. Then the files on disk:
 * canonical, changed only in the edited fields, {@code kring check} clean; the preview shows the change;
 * no request left this computer; and axe's findings for the editor are written to
 * target/quality/editor/axe.txt (Decap's own violations are listed in docs/editing.md, not failed on).
 */
@ExtendWith(QualitySuite.class)
class EditorInBrowserTest {

    private static final Path EVIDENCE = Path.of("target/quality/editor").toAbsolutePath();
    private static final String WALK = "content/roermond/groups/samen-wandelen.md";
    private static final String PAIN = "content/roermond/groups/chronische-pijn-lotgenoten.md";
    private static final String STORY = "content/roermond/stories/van-schaamte-naar-grip.md";
    private static final String TOPICS = "content/topics.yml";

    static Browser browser;

    @TempDir
    Path root;
    @TempDir
    Path checkOut;
    @TempDir
    Path uploads;
    Preview preview;
    final StringWriter log = new StringWriter();
    String origin;

    @BeforeAll
    static void browser(Browser shared) {
        browser = shared;
    }

    @AfterEach
    void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void aVolunteerEditsAndCreatesGroupsThroughTheEditorAndOnlyTheEditedFieldsChange() throws IOException {
        for (String part : List.of("content", "themes", "site-config.yml")) {
            copy(SampleSite.REPOSITORY.resolve(part), root.resolve(part));
        }
        // written as volunteers write it: Kring reads 'ja' as true, and the editor must keep it private
        write(PAIN, read(PAIN).replace("  private: true\n", "  private: ja\n"));
        Map<String, String> before = new LinkedHashMap<>();
        for (String path : List.of(WALK, PAIN, STORY, TOPICS)) {
            before.put(path, read(path));
        }
        preview = Preview.start(new PreviewOptions(root, List.of(), () -> new BuildTime.Local(SampleSite.NOW),
                        PreviewOptions.LOCAL_HOST, 0, DiagnosticFormat.TEXT, Texts.dutch()),
                new PrintWriter(new StringWriter(), true), new PrintWriter(log, true));
        origin = "http://127.0.0.1:" + preview.url().getPort();
        WebDriver driver = browser.driver();
        browser.desktop();

        // sign in to the local backend and list Roermond's groups
        browser.record("about:blank");  // forget earlier pages' requests
        try {
            browser.driver().get(origin + "/admin/");
        } catch (org.openqa.selenium.TimeoutException busy) {
            // chromedriver gives a page 30 s; starting Decap's 5 MB script on a busy shared machine can take
            // longer. The page goes on loading: the wait for its sign-in button below decides.
        }
        click(button("Inloggen"));
        go("#/collections/roermond-groups");
        await(d -> text().contains("AA-groep Roermond") && text().contains("Eenzaamheid: samen wandelen"));
        screenshot("1-groepen");
        List<String> axe = axe("groups list");

        // edit a group's summary and start time
        go("#/collections/roermond-groups/entries/samen-wandelen", "Eenzaamheid: samen wandelen");
        screenshot("2-groep");
        WebElement summary = field("Korte samenvatting", 0);
        retype(summary, "Elke zondagochtend wandelen we een uur in het park, daarna drinken we koffie.");
        retype(field("Begintijd", 0), "09:30");
        screenshot("2-groep-bewerken");
        axe.addAll(axe("group form"));
        publish();
        awaitFile(WALK, text -> text.contains("daarna drinken we koffie"));
        assertThat(frontMatter(read(WALK))).isEqualTo(with(frontMatter(before.get(WALK)), Map.of(
                "summary", "Elke zondagochtend wandelen we een uur in het park, daarna drinken we koffie.",
                "schedule", Map.of("days", List.of("sunday"), "start", "09:30", "end", "11:30"))));
        assertThat(read(WALK)).contains("  start: \"09:30\"\n").endsWith(body(before.get(WALK)));
        assertThat(diffLines(before.get(WALK), read(WALK))).containsExactly(
                "summary: Elke zondagochtend wandelen we een uur in het park, daarna drinken we koffie.",
                "  start: \"09:30\"");

        // "Bekijk Live" opens the group's page on this preview, which shows the change
        WebElement live = browser.driver().findElements(By.xpath("//a[contains(., 'Bekijk Live')]")).stream()
                .findFirst().orElseThrow(() -> new AssertionError("no 'Bekijk Live' link in the editor"));
        assertThat(live.getAttribute("href")).isEqualTo(origin + "/roermond/roermond/groepen/samen-wandelen/");
        awaitPreview("/roermond/roermond/groepen/samen-wandelen/", "daarna drinken we koffie");

        // a private address opened and saved through the editor stays private
        go("#/collections/roermond-groups/entries/chronische-pijn-lotgenoten", "Chronische pijn lotgenoten");
        retype(field("Korte samenvatting", 0), "Lotgenoten met chronische pijn steunen elkaar in een huiskamer.");
        publish();
        awaitFile(PAIN, text -> text.contains("steunen elkaar in een huiskamer"));
        Map<String, Object> pain = frontMatter(read(PAIN));
        assertThat(((Map<?, ?>) pain.get("location")).get("private")).as("private: ja stays private in\n%s\nlog:\n%s", read(PAIN), log).isEqualTo(true);
        assertThat(pain).isEqualTo(with(frontMatter(before.get(PAIN).replace("private: ja", "private: true")),
                Map.of("summary", "Lotgenoten met chronische pijn steunen elkaar in een huiskamer.")));

        // a new group: refused while a required field is empty, saved once it is filled
        go("#/collections/roermond-groups/new", "");
        retype(field("Naam van de groep", 0), "Wandelen na verlies");
        // Kring's 'keuzes' widget: one checkbox per topic of topics.yml
        WebElement topics = field("Onderwerpen", 0);
        click(topics.findElement(By.xpath(".//input[@type='checkbox'][following-sibling::label[normalize-space(.)='Rouw en verlies']]")));
        retype(field("Korte samenvatting", 0), "Samen wandelen en praten voor wie iemand heeft verloren.");
        retype(field("Naam van de plek", 0), "Wijkcentrum De Brug");
        retype(field("Straat en huisnummer", 0), "Voorbeeldstraat 12");
        retype(field("Postcode", 0), "6041 AB");
        retype(field("Plaats", 0), "Roermond");
        retype(field("Naam", 0), "Anna");
        retype(field("E-mailadres", 0), "anna@example.org");
        publish();
        await(d -> text().contains("Oeps, sommige verplichte velden zijn niet ingevuld."));
        screenshot("3-verplicht-veld");
        assertThat(root.resolve("content/roermond/groups/wandelen-na-verlies.md")).doesNotExist();
        retype(field("Wanneer", 0), "Elke eerste zaterdag van de maand, 10.00 uur");
        publish();
        String created = awaitFile("content/roermond/groups/wandelen-na-verlies.md", text -> true);
        assertThat(frontMatter(created)).containsEntry("name", "Wandelen na verlies")
                .containsEntry("topics", List.of("rouw"))
                .containsEntry("when", "Elke eerste zaterdag van de maand, 10.00 uur");
        awaitPreview("/roermond/roermond/groepen/wandelen-na-verlies/", "Samen wandelen en praten");

        // a story's text (Decap's rich-text editor): only the text changes, the front matter stays as it was
        go("#/collections/roermond-stories/entries/van-schaamte-naar-grip", "Van schaamte naar grip");
        WebElement storyText = await(d -> d.findElements(By.cssSelector("[data-slate-editor='true']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        click(storyText);
        storyText.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        storyText.sendKeys(" Nu ben ik twee jaar gokvrij.");
        publish();
        awaitFile(STORY, text -> text.contains("twee jaar gokvrij"));
        assertThat(frontMatter(read(STORY))).isEqualTo(frontMatter(before.get(STORY)));
        assertThat(diffLines(before.get(STORY), read(STORY))).as("the story's diff:\n%s", read(STORY)).containsExactly(
                before.get(STORY).strip().lines().reduce((a, b) -> b).orElseThrow() + " Nu ben ik twee jaar gokvrij.");
        awaitPreview("/roermond/roermond/verhalen/van-schaamte-naar-grip/", "Nu ben ik twee jaar gokvrij.");

        // a topic in content/topics.yml, through the topics collection: one list item opened and changed
        go("#/collections/onderwerpen/entries/topics");
        // the item's first top-bar button (the arrow) opens it; its name below is only a label
        click(await(d -> d.findElements(By.xpath("//div[normalize-space(text())='Rouw en verlies']"
                        + "/preceding-sibling::div[1]/button[1]")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)));
        WebElement explanation = await(d -> d.findElements(By.xpath("//label[starts-with(normalize-space(.), 'Uitleg')]")).stream()
                .filter(WebElement::isDisplayed).findFirst()
                .map(label -> d.findElement(By.id(label.getAttribute("for")))).orElse(null));
        String rouw = "Voor wie iemand heeft verloren, ook een huisdier, en het verdriet wil delen met mensen die hetzelfde meemaken.";
        retype(explanation, rouw);
        publish();
        awaitFile(TOPICS, text -> text.contains("ook een huisdier"));
        Map<String, Object> topicsAfter = frontMatterless(read(TOPICS));
        Map<String, Object> topicsBefore = frontMatterless(before.get(TOPICS));
        @SuppressWarnings("unchecked")
        Map<String, Object> first = new LinkedHashMap<>(((List<Map<String, Object>>) topicsBefore.get("topics")).getFirst());
        first.put("description", rouw);
        @SuppressWarnings("unchecked")
        List<Object> expectedTopics = new ArrayList<>((List<Object>) topicsBefore.get("topics"));
        expectedTopics.set(0, first);
        assertThat(topicsAfter).isEqualTo(Map.of("topics", expectedTopics));
        awaitPreview("/roermond/onderwerpen/rouw/", "ook een huisdier");

        // an image for the story: chosen in Decap's media library through its file input, inserted, saved with
        // the story into the story's images folder
        go("#/collections/roermond-stories/entries/van-schaamte-naar-grip", "Van schaamte naar grip");
        Path photo = uploads.resolve("telefoon.png");
        Files.write(photo, tinyPng());
        click(button("Kies een afbeelding"));
        WebElement fileInput = await(d -> d.findElements(By.cssSelector("input[type=file]")).stream().findFirst().orElse(null));
        fileInput.sendKeys(photo.toString());
        WebElement card = await(d -> d.findElements(By.xpath("//*[normalize-space(text())='telefoon.png']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        // Decap selects a file just uploaded; a click on its card would toggle that selection off again, so
        // the card is clicked only when the selection has not come within a few seconds
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> useSelection(d));
        } catch (org.openqa.selenium.TimeoutException notSelected) {
            click(card);
        }
        click(await(this::useSelection));
        // the media library closes and the form shows the image
        await(d -> {
            try {
                return d.findElements(By.xpath("//button[normalize-space(.)='Gebruik selectie']")).stream()
                        .noneMatch(WebElement::isDisplayed) ? true : null;
            } catch (org.openqa.selenium.StaleElementReferenceException rerendered) {
                return null;
            }
        });
        retype(field("Beschrijving van de foto", 0), "Een telefoon met een gokspel op het scherm.");
        screenshot("4-verhaal-foto");
        publish();
        awaitFile(STORY, text -> text.contains("images/telefoon.png"));
        assertThat(root.resolve("content/roermond/stories/images/telefoon.png")).hasBinaryContent(tinyPng());
        assertThat(frontMatter(read(STORY))).containsEntry("image", "images/telefoon.png")
                .containsEntry("imageAlt", "Een telefoon met een gokspel op het scherm.");

        // kring check is clean; nothing left this computer
        BuildResult check = new SiteBuilder().build(new BuildOptions(root, checkOut, List.of(),
                new BuildTime.Local(SampleSite.NOW), false));
        assertThat(check.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.headline(Texts.english())))
                .as("kring check after the editor's saves").isEmpty();
        Visit all = browser.record(origin + "/admin/");
        List<String> foreign = all.requests().stream().map(Visit.Request::url)
                .filter(url -> !url.startsWith(origin + "/") && !url.startsWith("blob:" + origin + "/") && !url.startsWith("data:"))
                .toList();
        assertThat(foreign).as("requests to another origin").isEmpty();
        assertThat(all.console()).as("CSP violations in the editor")
                .noneMatch(line -> line.contains("Content Security Policy"));
        assertThat(log.toString()).as("nothing refused or failed").doesNotContain("editor:");
        Files.writeString(EVIDENCE.resolve("axe.txt"), String.join("\n", axe) + "\n", StandardCharsets.UTF_8);
    }

    // ---- driving Decap ----

    private void go(String fragment) {
        go(fragment, null);
    }

    /**
     * Opens a view of the editor (one page: a new fragment is a step inside it, not a new page load) and
     * waits until its form shows a field with the value {@code shows} (for a new entry: an empty form), so
     * nothing is typed into the form of the entry before.
     */
    private void go(String fragment, String shows) {
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

    /** The media library's "Gebruik selectie" button once a file is selected (it is disabled before). */
    private WebElement useSelection(WebDriver d) {
        try {
            return d.findElements(By.xpath("//button[normalize-space(.)='Gebruik selectie']")).stream()
                    .filter(b -> b.isDisplayed() && b.isEnabled()).findFirst().orElse(null);
        } catch (org.openqa.selenium.StaleElementReferenceException rerendered) {
            return null;
        }
    }

    private String text() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }

    /** The control labelled {@code label} (perhaps with "(optioneel)"); {@code index} counts equal labels in page order. */
    private WebElement field(String label, int index) {
        List<WebElement> labels = await(d -> {
            List<WebElement> found = d.findElements(By.xpath("//label[normalize-space(.)='" + label + "'"
                    + " or starts-with(normalize-space(.), '" + label + " (')]"));
            return found.size() > index ? found : null;
        });
        String id = labels.get(index).getAttribute("for");
        return browser.driver().findElement(By.id(id));
    }

    private WebElement button(String text) {
        return await(d -> d.findElements(By.xpath("//button[normalize-space(.)='" + text + "'] | //*[@role='button'][normalize-space(.)='" + text + "']"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    private void click(WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static void retype(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    /** "Publiceer" → "Publiceer nu", as in Decap's simple publishing mode. */
    private void publish() {
        browser.script("window.confirm = () => true;");
        click(button("Publiceer"));
        click(await(d -> d.findElements(By.xpath("//*[normalize-space(.)='Publiceer nu']")).stream()
                .filter(WebElement::isDisplayed).reduce((a, b) -> b).orElse(null)));
    }

    private <T> T await(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(browser.driver(), Duration.ofSeconds(90)).until(condition::apply);
        } catch (RuntimeException e) {
            screenshot("failed");
            try {
                Files.writeString(EVIDENCE.resolve("failed.html"), browser.driver().getPageSource());
            } catch (IOException io) {
                e.addSuppressed(io);
            }
            String console = String.join("\n", browser.driver().manage().logs()
                    .get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream().map(String::valueOf).toList());
            throw new AssertionError("the editor did not get there; see " + EVIDENCE + ", the browser's console:\n"
                    + console + "\nand the log:\n" + log, e);
        }
    }

    /** Waits until the file on disk satisfies the condition; returns its text. */
    private String awaitFile(String path, java.util.function.Predicate<String> condition) {
        return await(d -> Files.exists(root.resolve(path)) && condition.test(read(path)) ? read(path) : null);
    }

    /** The preview rebuilds on the save (its watcher sees the file): the page shows the change. */
    private void awaitPreview(String sitePath, String expected) {
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

    private List<String> axe(String where) {
        Results results = new AxeBuilder().withTags(AxeCheck.WCAG_21_AA).analyze(browser.driver());
        List<String> found = new ArrayList<>();
        results.getViolations().forEach(rule -> found.add(where + ": " + rule.getId() + " (" + rule.getImpact() + "): "
                + rule.getHelp() + " — " + rule.getNodes().size() + " element(s), e.g. "
                + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList()));
        return found;
    }

    private void screenshot(String name) {
        browser.screenshot(EVIDENCE.resolve(name + ".png"));
    }

    // ---- files ----

    private String read(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String path, String text) {
        try {
            Files.writeString(root.resolve(path), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.isDirectory(from)) {
            TestSite.copyTree(from, to);
        } else {
            Files.copy(from, to);
        }
    }

    /** The front matter as YAML reads it (dates as text, as Kring reads them: the JSON schema of YAML 1.2 core). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> frontMatter(String file) {
        int end = file.indexOf("\n---", 4);
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(file.substring(4, end));
    }

    /** A whole YAML file (topics.yml) as YAML reads it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> frontMatterless(String yaml) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }

    private static String body(String file) {
        return file.substring(file.indexOf("\n---", 4) + 4);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> yamlList(String yaml) {
        return new ArrayList<>((List<Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml));
    }

    private static Map<String, Object> with(Map<String, Object> map, Map<String, Object> changes) {
        Map<String, Object> changed = new LinkedHashMap<>(map);
        changed.putAll(changes);
        return changed;
    }

    /** The lines of {@code after} that are not in {@code before} (a line-level diff, enough for small edits). */
    private static List<String> diffLines(String before, String after) {
        List<String> old = List.of(before.split("\n"));
        return after.lines().filter(line -> !old.contains(line)).toList();
    }

    /** A 1×1 PNG. */
    private static byte[] tinyPng() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }
}
