package nl.kring.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import nl.kring.render.OutputFile;
import nl.kring.site.BuildOptions;
import nl.kring.site.BuildResult;
import nl.kring.site.BuildTime;
import nl.kring.site.SiteBuilder;

/** The link check's tag scanner finds exactly the links and ids a full HTML parser (jsoup) finds. */
class HtmlLinksTest {

    @Test
    void readsTheCheckedAttributesOfTheirElementsOnly() {
        HtmlLinks page = HtmlLinks.of("""
                <!doctype html><html><head><link rel="stylesheet" href="/assets/style.css">
                <script type="module" src='/assets/search.js'></script></head>
                <body><a href=/groepen/ id=top>Groepen</a><img src="/media/a.jpg" alt="">
                <form action="/zoeken/"><input name="q" src="not-checked"></form>
                <div href="/not-a-link/" id="inhoud"></div></body></html>
                """);
        assertThat(page.links()).containsExactly(new HtmlLinks.Link("href", "/assets/style.css"),
                new HtmlLinks.Link("src", "/assets/search.js"), new HtmlLinks.Link("href", "/groepen/"),
                new HtmlLinks.Link("src", "/media/a.jpg"), new HtmlLinks.Link("action", "/zoeken/"));
        assertThat(page.ids()).containsExactlyInAnyOrder("top", "inhoud");
    }

    @Test
    void decodesEntitiesAndKeepsTheFirstOfARepeatedAttribute() {
        HtmlLinks page = HtmlLinks.of("<A HREF=\"/zoeken/?q=a&amp;b=c\" href=\"/second/\">x</A>");
        assertThat(page.links()).containsExactly(new HtmlLinks.Link("href", "/zoeken/?q=a&b=c"));
    }

    @Test
    void skipsCommentsAndTheRawTextOfScriptsStylesAndTitles() {
        HtmlLinks page = HtmlLinks.of("""
                <title><a href="/in-title/"></title><!-- <a href="/commented/"> -->
                <script type="application/ld+json">{"x": "<a href='/in-script/'>"}</script>
                <style>a[href="/in-style/"] {}</style><textarea><img src="/in-textarea.jpg"></textarea>
                <a href="/real/">echt</a>
                """);
        assertThat(page.links()).containsExactly(new HtmlLinks.Link("href", "/real/"));
    }

    @Test
    void readsValuesBeyondAsciiFromThePagesBytes() {
        HtmlLinks page = HtmlLinks.of("""
                <title>Één – <a href="/niet/">geen link</a></title>
                <h2 id="één-ü">Café „Zon” 😀</h2>
                <A HREF="/zoeken/?q=één" href="/tweede/">Zoeken naar één</A>
                <img alt="✓" SRC='/beeld/ü.svg'>
                <script src=/assets/ß.js></SCRIPT><a href="/na-script/">""".getBytes(StandardCharsets.UTF_8));
        assertThat(page.links()).containsExactly(new HtmlLinks.Link("href", "/zoeken/?q=één"),
                new HtmlLinks.Link("src", "/beeld/ü.svg"), new HtmlLinks.Link("src", "/assets/ß.js"),
                new HtmlLinks.Link("href", "/na-script/"));
        assertThat(page.ids()).containsExactly("één-ü");
    }

    @Test
    void findsWhatJsoupFindsOnEveryPageOfTheSampleSites() {
        BuildResult result = new SiteBuilder().build(new BuildOptions(Path.of("..").toAbsolutePath().normalize(),
                Path.of("target/unused"), List.of(), new BuildTime.Local(LocalDateTime.of(2026, 11, 23, 12, 0)), false));
        int pages = 0;
        for (List<OutputFile> files : result.outputs().values()) {
            for (OutputFile file : files) {
                if (!file.isHtml()) {
                    continue;
                }
                String html = new String(file.bytes(), StandardCharsets.UTF_8);
                Document doc = Jsoup.parse(html);
                List<HtmlLinks.Link> links = new ArrayList<>();
                for (Element element : doc.select("a[href], link[href], img[src], script[src], form[action]")) {
                    String attribute = element.hasAttr("href") ? "href" : element.hasAttr("src") ? "src" : "action";
                    links.add(new HtmlLinks.Link(attribute, element.attr(attribute)));
                }
                Set<String> ids = new HashSet<>();
                doc.select("[id]").forEach(e -> ids.add(e.id()));
                HtmlLinks scanned = HtmlLinks.of(html);
                assertThat(scanned.links()).as(file.path()).isEqualTo(links);
                assertThat(scanned.ids()).as(file.path()).isEqualTo(ids);
                pages++;
            }
        }
        assertThat(pages).isGreaterThan(200);
    }
}
