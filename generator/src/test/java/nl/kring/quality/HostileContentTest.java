package nl.kring.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.diagnostic.Diagnostic;
import nl.kring.message.Texts;
import nl.kring.site.BuildResult;
import nl.kring.testing.TestSite;

/**
 * Volunteer editors' text can never run code in a visitor's browser. A fixture network carries
 * XSS vectors in every text field of every content type: text fields and Markdown build into
 * harmless, escaped text; dangerous URLs are content errors that stop the build. The escaped site
 * is opened in Chromium, where no script from content may run, open a dialog or add an element.
 */
@ExtendWith(QualitySuite.class)
class HostileContentTest {

    /**
     * One string with the usual tricks: script tags, event handlers, quote break-outs, SVG, entities
     * and a template expression; short enough (under 200 characters) for every summary field.
     */
    static final String VECTOR = "<script>window.__pwned=1;alert(1)</script>\"><img src=x onerror=\"window.__pwned=2\">"
            + "'><svg onload=alert(3)><a href=\"javascript:alert(4)\">x</a></title></script>"
            + " &lt;b&gt; &#x3C;script&#x3E; ${7*7}";

    /** Markdown that tries to get HTML or a script URL through as formatting. */
    static final String MARKDOWN_VECTOR = """
            <script>window.__pwned = 3</script>

            <img src="x" onerror="window.__pwned = 4">

            <svg><script>alert(5)</script></svg>

            Een zin met <b onclick="alert(6)">inline HTML</b> en <a href="javascript:alert(7)">een link</a>.

            <details open ontoggle="alert(8)"><summary>x</summary></details>

            `<script>alert(9)</script>` en &lt;script&gt;alert(10)&lt;/script&gt; en &#60;img src=x onerror=alert(11)&#62;

            [een nette link](https://example.org/?q=%22%3E%3Cscript%3Ealert(12)%3C/script%3E "\"><script>alert(13)</script>")
            """;

    static Path root;
    static TestSite escaped;
    static StaticServer server;
    static Browser browser;

    @BeforeAll
    static void buildTheEscapedSite(@TempDir Path dir, Browser shared) {
        root = dir;
        browser = shared;
        escaped = hostileSite(dir.resolve("escaped"));
        BuildResult result = escaped.build();
        assertThat(result.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.headline(Texts.english())))
                .as("text fields with markup are text, not errors").isEmpty();
        assertThat(result.diagnostics().stream().map(d -> d.headline(Texts.english())))
                .as("editors are told that HTML in Markdown is shown as text")
                .anyMatch(h -> h.contains("HTML is not allowed in Markdown"));
        server = new StaticServer(escaped.out().resolve("noord"), "/");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theOutputContainsNoElementOrAttributeFromContent() throws IOException {
        List<Path> pages = htmlFiles(escaped.out());
        assertThat(pages).hasSizeGreaterThan(15);
        for (Path page : pages) {
            Document doc = Jsoup.parse(Files.readString(page));
            assertThat(injected(doc)).as(page.toString()).isEmpty();
        }
    }

    @Test
    void theEscapedVectorsReachTheReaderAsPlainText() throws IOException {
        Document group = Jsoup.parse(Files.readString(escaped.out().resolve("noord/roermond/groepen/rouwgroep/index.html")));
        assertThat(group.select("h1").text()).isEqualTo(VECTOR);
        assertThat(group.select(".prose").text()).contains("<script>window.__pwned = 3</script>")
                .contains("<b onclick=\"alert(6)\">inline HTML</b>");
        assertThat(group.title()).startsWith(VECTOR);
        Document story = Jsoup.parse(Files.readString(escaped.out().resolve("noord/roermond/verhalen/verhaal/index.html")));
        assertThat(story.select("img").eachAttr("alt")).contains(VECTOR, "\" onerror=\"window.__pwned = 5\" x=\"");
        assertThat(story.select("img[title]").attr("title")).isEqualTo("\" onload=\"alert(14)");
    }

    @Test
    void theEscapedPagesAreStillValidHtml() throws IOException {
        assertThat(NuChecker.htmlErrors(htmlFiles(escaped.out()))).isEmpty();
    }

    @Test
    void noScriptFromContentRunsInTheBrowser() throws IOException {
        Path site = escaped.out().resolve("noord");
        for (Path page : htmlFiles(site)) {
            String path = "/" + site.relativize(page).toString().replace("index.html", "");
            Visit visit = browser.open(server.url(path));
            assertThat(visit.dialogs()).as(path).isEmpty();
            assertThat(browser.script("return window.__pwned === undefined;")).as(path).isEqualTo(true);
            assertThat(visit.console()).as(path).noneMatch(line -> line.contains("Content Security Policy"));
            assertThat(injected(Jsoup.parse(browser.driver().getPageSource())))
                    .as("the page as the browser holds it: %s", path).isEmpty();
            assertThat(PrivacyCheck.problems(browser, visit, server.origin())).as(path).isEmpty();
        }
    }

    @Test
    void dangerousUrlsAreContentErrorsNamingFileAndLine() {
        TestSite site = hostileSite(root.resolve("urls"));
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep Roermond", "")
                .replace("  email: anna@example.org\n", "  email: \"anna@example.org\\\" onmouseover=\\\"alert(1)\"\n"
                        + "  url: \"javascript:alert(1)\"\n  phone: \"javascript:alert(2)\"\n")
                .replace("We praten over verlies.", """
                        [klik](javascript:alert(1)) [KLIK](JaVaScRiPt:alert(2)) [vb](vbscript:msgbox(3))
                        [data](data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==)
                        [tab](java&#x09;script:alert(5)) [ref][r] <javascript:alert(6)>
                        ![plaatje](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoNyk+)

                        [r]: javascript:alert(8)
                        """));
        site.write("content/roermond/events/avond.md", """
                ---
                title: Avond
                type: information
                start: 2026-12-03T19:30
                format: online
                registration:
                  url: "vbscript:msgbox(1)"
                ---
                """);
        site.write("content/pages/over-zelfhulp.md", "---\ntitle: Over\nmenu: 1\n---\n[x](javascript:alert(1))\n");
        BuildResult result = site.build();
        assertThat(result.succeeded()).isFalse();
        List<String> errors = result.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.headline(Texts.english())).toList();
        assertThat(errors).anyMatch(e -> e.startsWith("content/roermond/groups/rouwgroep.md:") && e.contains("is not an e-mail address"))
                .anyMatch(e -> e.startsWith("content/roermond/groups/rouwgroep.md:") && e.contains("'javascript:'"))
                .anyMatch(e -> e.startsWith("content/roermond/groups/rouwgroep.md:") && e.contains("'vbscript:'"))
                .anyMatch(e -> e.startsWith("content/roermond/groups/rouwgroep.md:") && e.contains("'data:'"))
                .anyMatch(e -> e.startsWith("content/roermond/groups/rouwgroep.md:") && e.contains("images must be files"))
                .anyMatch(e -> e.startsWith("content/roermond/events/avond.md:"))
                .anyMatch(e -> e.startsWith("content/pages/over-zelfhulp.md:5:1:") && e.contains("'javascript:'"));
        assertThat(errors).allMatch(e -> e.matches("[^:]+:\\d+:\\d+: error: .+"));
        assertThat(site.out()).doesNotExist();
    }

    @Test
    void aLinkThatBreaksOutOfItsQuotesIsRefusedByTheBuildsLinkCheck() {
        TestSite site = new TestSite(root.resolve("quotes"));
        site.write("content/pages/over-zelfhulp.md", "---\ntitle: Over\nmenu: 1\n---\n"
                + "[y](https://example.org/?q=\"><script>alert(2)</script>)\n");
        BuildResult result = site.build();
        assertThat(result.succeeded()).isFalse();
        assertThat(result.diagnostics().getFirst().headline(Texts.english())).startsWith("content/pages/over-zelfhulp.md:1:1: error: link "
                + "'https://example.org/?q=\"><script>alert(2)</script>' is not a valid URL");
    }

    @Test
    void theInjectionCheckCatchesAScriptThatRan(QualitySuite.FaultyPages faulty) {
        Visit visit = browser.open(faulty.url("script-ran.html"));
        assertThat(visit.dialogs()).contains("alert:1", "alert:xss");
        assertThat(browser.script("return window.__pwned === undefined;")).isEqualTo(false);
        Document doc = Jsoup.parse(browser.driver().getPageSource());
        assertThat(injected(doc)).anyMatch(p -> p.contains("onerror")).anyMatch(p -> p.contains("script"));
    }

    /** The theme's own scripts: the search loader and the story share button, by src only, never inline. */
    private static final java.util.regex.Pattern THEME_SCRIPT = java.util.regex.Pattern.compile(
            "^(/|(\\.\\./)*)(.*/)?assets/(search-loader|share)\\.[0-9a-f]{10}\\.js$");

    /** The path of a QR code Kring draws: only one-module-high runs of modules, nothing content could have written. */
    private static final java.util.regex.Pattern QR_PATH = java.util.regex.Pattern.compile("(M\\d+,\\d+h(\\d+)v1h-\\2z)+");

    /**
     * The theme's own QR code on a printable overview: an {@code svg.qr} with exactly Kring's attributes, a
     * white square and one path of module squares. Its aria-label holds the group's name, escaped.
     */
    private static boolean isThemeQrCode(Element svg) {
        java.util.Set<String> attributes = new java.util.HashSet<>();
        svg.attributes().forEach(a -> attributes.add(a.getKey().toLowerCase(Locale.ROOT)));
        return svg.className().equals("qr")
                && attributes.equals(java.util.Set.of("class", "xmlns", "viewbox", "role", "aria-label", "shape-rendering"))
                && svg.children().size() == 2
                && svg.child(0).tagName().equals("rect") && svg.child(0).attributes().size() == 3
                && svg.child(1).tagName().equals("path") && svg.child(1).attributes().size() == 2
                && QR_PATH.matcher(svg.child(1).attr("d")).matches() && svg.child(1).attr("fill").equals("#000");
    }

    private static boolean isThemeScript(org.jsoup.nodes.Element script) {
        return script.attr("type").equals("module") && script.data().isEmpty()
                && THEME_SCRIPT.matcher(script.attr("src")).matches();
    }

    /** Markup that only content could have put there: event handlers, script URLs, scripts, frames, SVG. */
    static List<String> injected(Document doc) {
        List<String> problems = new ArrayList<>();
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u0000-\\u001f]", "");
                if (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")) {
                    problems.add("event handler " + attribute + " on <" + element.tagName() + ">");
                }
                if (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:")) {
                    problems.add("script URL " + attribute + " on <" + element.tagName() + ">");
                }
            }
            switch (element.tagName()) {
                case "script" -> {
                    if (isThemeScript(element)) {
                        continue;
                    }
                    if (!element.attr("type").equals("application/ld+json")) {
                        problems.add("script element " + element.outerHtml());
                    } else if (element.data().contains("<")) {
                        problems.add("raw '<' inside JSON-LD: " + element.data());
                    }
                }
                case "svg" -> {
                    if (!isThemeQrCode(element)) {
                        problems.add("svg element " + element.outerHtml());
                    }
                }
                case "iframe", "object", "embed", "frame", "base" ->
                        problems.add(element.tagName() + " element " + element.outerHtml());
                case "style" -> problems.add("style element " + element.outerHtml());
                default -> { }
            }
        }
        return problems;
    }

    private static List<Path> htmlFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** The TestSite network with the vector in every text field of every content type. */
    static TestSite hostileSite(Path dir) {
        TestSite site = new TestSite(dir);
        String v = yaml(VECTOR);
        String body = MARKDOWN_VECTOR;
        site.write("site-config.yml", site.read("site-config.yml")
                .replace("title: Zelfregie Test", "title: " + v)
                .replace("name: Zelfregie Noord", "name: " + v)
                .replace("organisation: Steunpunt Noord", "organisation: " + v));
        site.write("content/topics.yml", """
                - slug: rouw
                  name: %1$s
                  description: %1$s
                  synonyms: [%1$s]
                - slug: schulden
                  name: Geldzorgen en schulden
                  description: Voor wie geldzorgen heeft.
                """.formatted(v));
        site.write("content/roermond/municipality.yml", """
                name: %1$s
                intro: %1$s
                contact:
                  name: %1$s
                  organisation: %1$s
                  email: steunpunt@example.org
                """.formatted(v));
        site.write("content/roermond/groups/rouwgroep.md", """
                ---
                name: %1$s
                topics: [rouw]
                summary: %1$s
                audience: %1$s
                when: %1$s
                location:
                  name: %1$s
                  address: %1$s
                  postcode: 6041 AB
                  city: %1$s
                  accessible: true
                contact:
                  name: %1$s
                  email: anna@example.org
                  phone: "0475 123 456"
                  url: https://example.org/?q=%%22%%3E%%3Cscript%%3E
                facilitators: 2
                cost: %1$s
                languages: [%1$s]
                updated: 2026-10-01
                ---
                %2$s
                """.formatted(v, body));
        site.write("content/roermond/stories/beeld.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>");
        site.write("content/roermond/stories/verhaal.md", """
                ---
                title: %1$s
                date: 2026-05-01
                topics: [rouw]
                consent: true
                author: %1$s
                summary: %1$s
                group: roermond/rouwgroep
                image: beeld.svg
                imageAlt: %1$s
                ---
                %2$s

                ![" onerror="window.__pwned = 5" x="](beeld.svg '" onload="alert(14)')
                """.formatted(v, body));
        site.write("content/roermond/events/avond.md", """
                ---
                title: %1$s
                type: information
                start: 2026-12-03T19:30
                end: "21:00"
                format: in-person
                location:
                  name: %1$s
                  address: %1$s
                  postcode: 6041 AB
                  city: %1$s
                registration:
                  url: https://example.org/aanmelden?x=%%3Cscript%%3E
                cost: %1$s
                ---
                %2$s
                """.formatted(v, body));
        site.write("content/roermond/pages/lokaal.md", """
                ---
                title: %1$s
                summary: %1$s
                ---
                %2$s
                """.formatted(v, body));
        site.write("content/pages/over-zelfhulp.md", """
                ---
                title: %1$s
                summary: %1$s
                menu: 1
                ---
                %2$s
                """.formatted(v, body));
        return site;
    }

    /** A YAML single-quoted scalar: the text exactly, whatever it contains. */
    static String yaml(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
