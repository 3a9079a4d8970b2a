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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

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
    DecapEditor editor;

    @BeforeAll
    static void browser(Browser shared) {
        browser = shared;
    }

    @AfterEach
    void stop() {
        if (editor != null) {
            editor.close();
        }
    }

    @Test
    void aVolunteerEditsAndCreatesGroupsThroughTheEditorAndOnlyTheEditedFieldsChange() throws IOException {
        SampleSite.copySources(root);
        // written as volunteers write it: Kring reads 'ja' as true, and the editor must keep it private
        write(PAIN, read(PAIN).replace("  private: true\n", "  private: ja\n"));
        Map<String, String> before = new LinkedHashMap<>();
        for (String path : List.of(WALK, PAIN, STORY, TOPICS)) {
            before.put(path, read(path));
        }
        editor = DecapEditor.signIn(browser, root, EVIDENCE);
        String origin = editor.origin();
        editor.go("#/collections/roermond-groups");
        editor.await(d -> editor.text().contains("AA-groep Roermond") && editor.text().contains("Eenzaamheid: samen wandelen"));
        editor.screenshot("1-groepen");
        List<String> axe = axe("groups list");

        // edit a group's summary and start time (and the 'when' text, which must name the new start)
        editor.go("#/collections/roermond-groups/entries/samen-wandelen", "Eenzaamheid: samen wandelen");
        editor.screenshot("2-groep");
        WebElement summary = editor.field("Korte samenvatting", 0);
        DecapEditor.retype(summary, "Elke zondagochtend wandelen we een uur in het park, daarna drinken we koffie.");
        DecapEditor.retype(editor.field("Wanneer", 0), "Elke zondag, 9.30–11.30 uur (wandelen en koffie)");
        DecapEditor.retype(editor.field("Begintijd", 0), "09:30");
        editor.screenshot("2-groep-bewerken");
        axe.addAll(axe("group form"));
        editor.publish();
        editor.awaitFile(WALK, text -> text.contains("daarna drinken we koffie"));
        assertThat(ContentText.fields(editor.read(WALK))).isEqualTo(with(ContentText.fields(before.get(WALK)), Map.of(
                "summary", "Elke zondagochtend wandelen we een uur in het park, daarna drinken we koffie.",
                "when", "Elke zondag, 9.30–11.30 uur (wandelen en koffie)",
                "schedule", Map.of("days", List.of("sunday"), "start", "09:30", "end", "11:30"))));
        assertThat(editor.read(WALK)).contains("  start: \"09:30\"\n").endsWith(ContentText.body(before.get(WALK)));
        assertThat(diffLines(before.get(WALK), editor.read(WALK))).containsExactly(
                "summary: Elke zondagochtend wandelen we een uur in het park, daarna drinken we koffie.",
                "when: Elke zondag, 9.30–11.30 uur (wandelen en koffie)",
                "  start: \"09:30\"");

        // "Bekijk Live" opens the group's page on this preview, which shows the change
        WebElement live = browser.driver().findElements(By.xpath("//a[contains(., 'Bekijk Live')]")).stream()
                .findFirst().orElseThrow(() -> new AssertionError("no 'Bekijk Live' link in the editor"));
        assertThat(live.getAttribute("href")).isEqualTo(origin + "/roermond/roermond/groepen/samen-wandelen/");
        editor.awaitPreview("/roermond/roermond/groepen/samen-wandelen/", "daarna drinken we koffie");

        // a private address opened and saved through the editor stays private
        editor.go("#/collections/roermond-groups/entries/chronische-pijn-lotgenoten", "Chronische pijn lotgenoten");
        DecapEditor.retype(editor.field("Korte samenvatting", 0), "Lotgenoten met chronische pijn steunen elkaar in een huiskamer.");
        editor.publish();
        editor.awaitFile(PAIN, text -> text.contains("steunen elkaar in een huiskamer"));
        Map<String, Object> pain = ContentText.fields(editor.read(PAIN));
        assertThat(((Map<?, ?>) pain.get("location")).get("private")).as("private: ja stays private in\n%s\nlog:\n%s", editor.read(PAIN), editor.log()).isEqualTo(true);
        assertThat(pain).isEqualTo(with(ContentText.fields(before.get(PAIN).replace("private: ja", "private: true")),
                Map.of("summary", "Lotgenoten met chronische pijn steunen elkaar in een huiskamer.")));

        // a new group: refused while a required field is empty, saved once it is filled
        editor.go("#/collections/roermond-groups/new", "");
        DecapEditor.retype(editor.field("Naam van de groep", 0), "Wandelen na verlies");
        // Kring's 'keuzes' widget: one checkbox per topic of topics.yml
        WebElement topics = editor.field("Onderwerpen", 0);
        editor.click(topics.findElement(By.xpath(".//input[@type='checkbox'][following-sibling::label[normalize-space(.)='Rouw en verlies']]")));
        DecapEditor.retype(editor.field("Korte samenvatting", 0), "Samen wandelen en praten voor wie iemand heeft verloren.");
        DecapEditor.retype(editor.field("Naam van de plek", 0), "Wijkcentrum De Brug");
        DecapEditor.retype(editor.field("Straat en huisnummer", 0), "Voorbeeldstraat 12");
        DecapEditor.retype(editor.field("Postcode", 0), "6041 AB");
        DecapEditor.retype(editor.field("Plaats", 0), "Roermond");
        DecapEditor.retype(editor.field("Naam", 0), "Anna");
        DecapEditor.retype(editor.field("E-mailadres", 0), "anna@example.org");
        editor.publish();
        editor.await(d -> editor.text().contains("Oeps, sommige verplichte velden zijn niet ingevuld."));
        editor.screenshot("3-verplicht-veld");
        assertThat(root.resolve("content/roermond/groups/wandelen-na-verlies.md")).doesNotExist();
        DecapEditor.retype(editor.field("Wanneer", 0), "Elke eerste zaterdag van de maand, 10.00 uur");
        editor.publish();
        String created = editor.awaitFile("content/roermond/groups/wandelen-na-verlies.md", text -> true);
        assertThat(ContentText.fields(created)).containsEntry("name", "Wandelen na verlies")
                .containsEntry("topics", List.of("rouw"))
                .containsEntry("when", "Elke eerste zaterdag van de maand, 10.00 uur");
        editor.awaitPreview("/roermond/roermond/groepen/wandelen-na-verlies/", "Samen wandelen en praten");

        // a story's text (Decap's rich-text editor): only the text changes, the front matter stays as it was
        editor.go("#/collections/roermond-stories/entries/van-schaamte-naar-grip", "Van schaamte naar grip");
        editor.appendToText(" Nu ben ik twee jaar gokvrij.");
        editor.publish();
        editor.awaitFile(STORY, text -> text.contains("twee jaar gokvrij"));
        assertThat(ContentText.fields(editor.read(STORY))).isEqualTo(ContentText.fields(before.get(STORY)));
        assertThat(diffLines(before.get(STORY), editor.read(STORY))).as("the story's diff:\n%s", editor.read(STORY)).containsExactly(
                before.get(STORY).strip().lines().reduce((a, b) -> b).orElseThrow() + " Nu ben ik twee jaar gokvrij.");
        editor.awaitPreview("/roermond/roermond/verhalen/van-schaamte-naar-grip/", "Nu ben ik twee jaar gokvrij.");

        // a topic in content/topics.yml, through the topics collection: one list item opened and changed
        editor.go("#/collections/onderwerpen/entries/topics");
        // the item's first top-bar button (the arrow) opens it; its name below is only a label
        editor.click(editor.await(d -> d.findElements(By.xpath("//div[normalize-space(text())='Rouw en verlies']"
                        + "/preceding-sibling::div[1]/button[1]")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)));
        WebElement explanation = editor.await(d -> d.findElements(By.xpath("//label[starts-with(normalize-space(.), 'Uitleg')]")).stream()
                .filter(WebElement::isDisplayed).findFirst()
                .map(label -> d.findElement(By.id(label.getAttribute("for")))).orElse(null));
        String rouw = "Voor wie iemand heeft verloren, ook een huisdier, en het verdriet wil delen met mensen die hetzelfde meemaken.";
        DecapEditor.retype(explanation, rouw);
        editor.publish();
        editor.awaitFile(TOPICS, text -> text.contains("ook een huisdier"));
        Map<String, Object> topicsAfter = ContentText.fields(editor.read(TOPICS));
        Map<String, Object> topicsBefore = ContentText.fields(before.get(TOPICS));
        @SuppressWarnings("unchecked")
        Map<String, Object> first = new LinkedHashMap<>(((List<Map<String, Object>>) topicsBefore.get("topics")).getFirst());
        first.put("description", rouw);
        @SuppressWarnings("unchecked")
        List<Object> expectedTopics = new ArrayList<>((List<Object>) topicsBefore.get("topics"));
        expectedTopics.set(0, first);
        assertThat(topicsAfter).isEqualTo(Map.of("topics", expectedTopics));
        editor.awaitPreview("/roermond/onderwerpen/rouw/", "ook een huisdier");

        // an image for the story: chosen in Decap's media library through its file input, inserted, saved with
        // the story into the story's images folder
        editor.go("#/collections/roermond-stories/entries/van-schaamte-naar-grip", "Van schaamte naar grip");
        Path photo = uploads.resolve("telefoon.png");
        Files.write(photo, tinyPng());
        editor.click(editor.button("Kies een afbeelding"));
        WebElement fileInput = editor.await(d -> d.findElements(By.cssSelector("input[type=file]")).stream().findFirst().orElse(null));
        fileInput.sendKeys(photo.toString());
        WebElement card = editor.await(d -> d.findElements(By.xpath("//*[normalize-space(text())='telefoon.png']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        // Decap selects a file just uploaded; a click on its card would toggle that selection off again, so
        // the card is clicked only when the selection has not come within a few seconds
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> useSelection(d));
        } catch (org.openqa.selenium.TimeoutException notSelected) {
            editor.click(card);
        }
        editor.click(editor.await(this::useSelection));
        // the media library closes and the form shows the image
        editor.await(d -> {
            try {
                return d.findElements(By.xpath("//button[normalize-space(.)='Gebruik selectie']")).stream()
                        .noneMatch(WebElement::isDisplayed) ? true : null;
            } catch (org.openqa.selenium.StaleElementReferenceException rerendered) {
                return null;
            }
        });
        DecapEditor.retype(editor.field("Beschrijving van de foto", 0), "Een telefoon met een gokspel op het scherm.");
        editor.screenshot("4-verhaal-foto");
        editor.publish();
        editor.awaitFile(STORY, text -> text.contains("images/telefoon.png"));
        assertThat(root.resolve("content/roermond/stories/images/telefoon.png")).hasBinaryContent(tinyPng());
        assertThat(ContentText.fields(editor.read(STORY))).containsEntry("image", "images/telefoon.png")
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
        assertThat(editor.log()).as("nothing refused or failed").doesNotContain("editor:");
        Files.writeString(EVIDENCE.resolve("axe.txt"), String.join("\n", axe) + "\n", StandardCharsets.UTF_8);
    }

    /**
     * A volunteer on a phone (390 px wide): an entry's form fits the screen, the toolbar's buttons lie within it and
     * above the form (not over it), and an edit is published from there. Decap lays both out at least 800 px wide;
     * kring-cms.js lays them out for narrow screens.
     */
    @Test
    void onAPhoneAnEntrysFormFitsTheScreenAndIsPublishedFromThere() throws IOException {
        SampleSite.copySources(root);
        String before = read(WALK);
        editor = DecapEditor.signIn(browser, root, EVIDENCE);
        editor.go("#/collections/roermond-groups/entries/samen-wandelen", "Eenzaamheid: samen wandelen");
        browser.viewport(390, 844, 1);
        DecapEditor.retype(editor.field("Korte samenvatting", 0), "Elke zondag wandelen we samen een uur.");
        editor.button("Publiceer");   // shown once the entry has changes
        @SuppressWarnings("unchecked")
        List<String> outside = (List<String>) browser.script("""
                const width = document.documentElement.clientWidth;
                const toolbar = document.querySelector('[class*="-ToolbarContainer"]').getBoundingClientRect();
                const form = document.querySelector('[class*="-EditorContainer"] > [class*="-Editor"]').getBoundingClientRect();
                const out = [];
                if (document.documentElement.scrollWidth > width) out.push('page ' + document.documentElement.scrollWidth);
                if (form.top < toolbar.bottom - 0.5) out.push('the form starts under the toolbar');
                for (const e of document.querySelectorAll('input, textarea, select, button, label, [role="button"], [class*="-ToolbarContainer"] a')) {
                  const r = e.getBoundingClientRect();
                  if (r.width === 0 || getComputedStyle(e).visibility === 'hidden') continue;
                  const name = e.tagName + ' ' + (e.textContent || e.name || e.id || '').trim().slice(0, 30);
                  if (r.left < 0 || r.right > width + 0.5) out.push(name + ' ' + Math.round(r.left) + '-' + Math.round(r.right));
                }
                return out;""");
        editor.screenshot("telefoon-groep-bewerken");
        assertThat(outside).as("parts of the form outside a 390 px screen").isEmpty();
        editor.publish();
        editor.awaitFile(WALK, text -> text.contains("Elke zondag wandelen we samen een uur."));
        assertThat(diffLines(before, editor.read(WALK)))
                .containsExactly("summary: Elke zondag wandelen we samen een uur.");
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

    private List<String> axe(String where) {
        Results results = new AxeBuilder().withTags(AxeCheck.WCAG_21_AA).analyze(browser.driver());
        List<String> found = new ArrayList<>();
        results.getViolations().forEach(rule -> found.add(where + ": " + rule.getId() + " (" + rule.getImpact() + "): "
                + rule.getHelp() + " — " + rule.getNodes().size() + " element(s), e.g. "
                + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList()));
        return found;
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
