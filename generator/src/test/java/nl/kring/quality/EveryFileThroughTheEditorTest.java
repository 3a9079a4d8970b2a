package nl.kring.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import nl.kring.diagnostic.Diagnostic;
import nl.kring.message.Texts;
import nl.kring.site.BuildOptions;
import nl.kring.site.BuildResult;
import nl.kring.site.BuildTime;
import nl.kring.site.SiteBuilder;

/**
 * Nothing is lost on a round trip through the web editor (issue 15): every content file of the sample network is
 * opened in Decap CMS in the browser, its name or title is edited, and it is published through {@code kring serve}
 * (which writes it in Kring's canonical form). Afterwards each file holds what it held before, read as YAML, but
 * for the edited field; its text differs in that one line; and {@code kring check} finds no error. Whatever Decap
 * misreads (a time, a yes written as "ja", a number) shows here as a changed field. A second test opens a group
 * written as volunteers write it (lists of one as their value, ja and nee), which Decap could not open before.
 */
@ExtendWith(QualitySuite.class)
class EveryFileThroughTheEditorTest {

    private static final Path EVIDENCE = Path.of("target/quality/editor-every-file").toAbsolutePath();
    private static final String EDIT = " (bewerkt)";

    static Browser browser;

    @TempDir
    Path root;
    @TempDir
    Path checkOut;
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
    void everySampleFileComesBackFromTheEditorWithOnlyTheEditedFieldChanged() throws IOException {
        SampleSite.copySources(root);
        List<String> files = editableFiles();
        assertThat(files).as("the sample's content files").hasSizeGreaterThan(100);
        Map<String, String> before = new LinkedHashMap<>();
        files.forEach(path -> before.put(path, read(path)));
        Files.createDirectories(EVIDENCE);
        editor = DecapEditor.signIn(browser, root, EVIDENCE);

        SoftAssertions softly = new SoftAssertions();
        for (String path : files) {
            Entry entry = Entry.of(path, ContentText.fields(before.get(path)));
            editor.go(entry.fragment(), entry.inList() ? null : entry.shown());
            if (entry.inList()) {
                // topics.yml is one list: its first item's arrow opens it
                editor.click(editor.await(d -> d.findElements(By.xpath("//div[normalize-space(text())='" + entry.shown()
                        + "']/preceding-sibling::div[1]/button[1]")).stream().filter(WebElement::isDisplayed)
                        .findFirst().orElse(null)));
            }
            WebElement input = editor.await(d -> d.findElements(By.cssSelector("input")).stream()
                    .filter(e -> entry.shown().equals(e.getAttribute("value")) && e.isDisplayed())
                    .findFirst().orElse(null));
            input.sendKeys(Keys.END, EDIT);  // typing focuses the field
            editor.publish();
            String after = editor.awaitFile(path, text -> text.contains(EDIT));
            if (changedLines(before.get(path), after).size() != 1) {
                Path evidence = EVIDENCE.resolve(path);
                Files.createDirectories(evidence.getParent());
                Files.writeString(evidence, after, StandardCharsets.UTF_8);  // what the editor made of it, to compare
            }

            softly.assertThat(ContentText.fields(after)).as("%s as YAML reads it, after the editor saved it", path)
                    .isEqualTo(entry.edited(ContentText.fields(before.get(path))));
            softly.assertThat(ContentText.body(after)).as("%s: the text after the front matter", path)
                    .isEqualTo(ContentText.body(before.get(path)));
            softly.assertThat(changedLines(before.get(path), after)).as("%s: the lines that changed", path)
                    .hasSize(1).allMatch(line -> line.contains(EDIT));
        }
        softly.assertAll();

        BuildResult check = new SiteBuilder().build(new BuildOptions(root, checkOut, List.of(),
                new BuildTime.Local(SampleSite.NOW), false));
        assertThat(check.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.headline(Texts.english())))
                .as("kring check after the editor's saves").isEmpty();
        // the one refusal: the editor asks for a story's SVG picture to show it, and is never given an SVG (it can
        // carry a script); the story keeps its picture all the same (its fields were compared above)
        assertThat(editor.log().lines().filter(line -> line.startsWith("editor:")))
                .as("nothing refused or failed").allMatch(line -> line.matches("editor: .*\\(404\\): no image \\S+\\.svg"));
    }

    @Test
    void valuesWrittenAsVolunteersWriteThemMeanTheSameAfterTheEditorSavedTheFile() throws IOException {
        SampleSite.copySources(root);
        String path = "content/roermond/groups/samen-wandelen.md";
        // Kring reads a single value as a list of one, and ja/nee as true/false (docs/content.md)
        String written = read(path)
                .replace("topics: [eenzaamheid]", "topics: eenzaamheid")
                .replace("  days: [sunday]\n", "  days: sunday\n")
                .replace("  end: \"11:30\"\n", "  end: \"11:30\"\n  except: 2026-12-27\n  pause: juli\n")
                .replace("  accessible: true", "  accessible: ja\n  private: nee")
                .replace("registration: not-needed\n", "registration: not-needed\nlanguages: Nederlands\n");
        Files.writeString(root.resolve(path), written, StandardCharsets.UTF_8);
        assertThat(errors()).as("kring check of the file as written").isEmpty();
        Files.createDirectories(EVIDENCE);
        editor = DecapEditor.signIn(browser, root, EVIDENCE);

        String name = "Eenzaamheid: samen wandelen";
        editor.go("#/collections/roermond-groups/entries/samen-wandelen", name);
        editor.await(d -> d.findElements(By.cssSelector("input")).stream()
                .filter(e -> name.equals(e.getAttribute("value")) && e.isDisplayed()).findFirst().orElse(null))
                .sendKeys(Keys.END, EDIT);
        editor.publish();
        String after = editor.awaitFile(path, text -> text.contains(EDIT));

        Map<String, Object> expected = asKringReadsIt(ContentText.fields(written));
        expected.put("name", name + EDIT);
        assertThat(asKringReadsIt(ContentText.fields(after))).as("the group as Kring reads it, after the editor saved:\n%s", after)
                .isEqualTo(expected);
        assertThat(errors()).as("kring check after the editor's save").isEmpty();
    }

    @Test
    void aTextEditedInTheRichTextEditorChangesOnlyItsLastParagraph() throws IOException {
        SampleSite.copySources(root);
        // bodies with a heading, bold text, lists, links to other content files, and a table
        List<String> paths = List.of("content/sittard-geleen/groups/alzheimer-cafe-geleen.md",
                "content/brunssum/groups/gespreksgroep-depressie-brunssum.md",
                "content/brunssum/groups/jonge-mensen-met-dementie-brunssum.md");
        Files.writeString(root.resolve(paths.getFirst()), read(paths.getFirst()).replace("## Programma van een avond\n",
                "## Programma van een avond\n\n| Tijd | Wat |\n| --- | --- |\n| 18.30 uur | inloop |\n| 19.00 uur | lezing |\n"));
        Files.createDirectories(EVIDENCE);
        editor = DecapEditor.signIn(browser, root, EVIDENCE);
        SoftAssertions softly = new SoftAssertions();
        for (String path : paths) {
            String before = read(path);
            String[] parts = path.split("/");
            String name = (String) ContentText.fields(before).get("name");
            editor.go("#/collections/" + parts[1] + "-groups/entries/" + parts[3].replace(".md", ""), name);
            editor.appendToText(" Tot ziens!");
            editor.publish();
            String after = editor.awaitFile(path, t -> t.contains("Tot ziens!"));
            String last = before.strip().lines().reduce((a, b) -> b).orElseThrow();
            softly.assertThat(ContentText.fields(after)).as("%s: the front matter", path).isEqualTo(ContentText.fields(before));
            softly.assertThat(changedLines(before, after)).as("%s: the lines that changed:\n%s", path, after)
                    .containsExactly(last + " Tot ziens!");
        }
        softly.assertAll();
    }

    /** Lists of one written as a single value, and ja/nee, the way Kring reads them. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> asKringReadsIt(Map<String, Object> fields) {
        Map<String, Object> read = new LinkedHashMap<>();
        fields.forEach((key, value) -> read.put(key, switch (value) {
            case Map<?, ?> map -> asKringReadsIt((Map<String, Object>) map);
            case String text when List.of("topics", "days", "except", "pause", "languages").contains(key) -> List.of(text);
            case String text when List.of("accessible", "private").contains(key) -> text.equals("ja");
            default -> value;
        }));
        return read;
    }

    private List<String> errors() {
        BuildResult check = new SiteBuilder().build(new BuildOptions(root, checkOut, List.of(),
                new BuildTime.Local(SampleSite.NOW), false));
        return check.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.headline(Texts.english())).toList();
    }

    /** Every file the editor has a form for: the pages, groups, stories and events, each municipality, the topics. */
    private List<String> editableFiles() throws IOException {
        try (Stream<Path> all = Files.walk(root.resolve("content"))) {
            return all.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> path.endsWith(".md") || path.endsWith("/municipality.yml") || path.equals("content/topics.yml"))
                    .sorted()
                    .toList();
        }
    }

    /**
     * A file's form in the editor: its address, the text its first form shows in the field that is edited (a name
     * or a title; for the topics, the first topic's name), and whether that field is in a list item to open first.
     */
    private record Entry(String fragment, String shown, boolean inList, List<Object> key) {

        static Entry of(String path, Map<String, Object> fields) {
            String[] parts = path.split("/");
            if (path.equals("content/topics.yml")) {
                Map<?, ?> first = (Map<?, ?>) ((List<?>) fields.get("topics")).getFirst();
                return new Entry("#/collections/onderwerpen/entries/topics", (String) first.get("name"), true,
                        List.of("topics", 0, "name"));
            }
            if (path.endsWith("/municipality.yml")) {
                return new Entry("#/collections/gemeenten/entries/" + parts[1], (String) fields.get("name"), false,
                        List.of("name"));
            }
            String slug = parts[parts.length - 1].replaceFirst("\\.md$", "");
            String collection = parts.length == 3 ? "pagina-s" : parts[1] + "-" + parts[2];
            String key = fields.containsKey("title") ? "title" : "name";
            return new Entry("#/collections/" + collection + "/entries/" + slug, (String) fields.get(key), false,
                    List.of(key));
        }

        /** The fields as they should be after the edit: the same, but for the edited text. */
        @SuppressWarnings("unchecked")
        Map<String, Object> edited(Map<String, Object> fields) {
            return (Map<String, Object>) with(fields, 0);
        }

        @SuppressWarnings("unchecked")
        private Object with(Object value, int depth) {
            if (depth == key.size()) {
                return value + EDIT;
            }
            Object step = key.get(depth);
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
                copy.put((String) step, with(copy.get(step), depth + 1));
                return copy;
            }
            List<Object> copy = new ArrayList<>((List<Object>) value);
            copy.set((Integer) step, with(copy.get((Integer) step), depth + 1));
            return copy;
        }
    }

    /** The lines of {@code after} that differ from {@code before}'s line at the same place, or all when lines came or went. */
    private static List<String> changedLines(String before, String after) {
        List<String> old = before.lines().toList();
        List<String> now = after.lines().toList();
        if (old.size() != now.size()) {
            return now;
        }
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            if (!now.get(i).equals(old.get(i))) {
                changed.add(now.get(i));
            }
        }
        return changed;
    }

    private String read(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
