package nl.kring.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.diagnostic.Diagnostics;
import nl.kring.region.Region;
import nl.kring.site.BuildOptions;
import nl.kring.site.BuildResult;
import nl.kring.site.BuildTime;
import nl.kring.site.SiteBuilder;
import nl.kring.source.MarkdownSyntax;
import nl.kring.testing.TestSite;

/**
 * An online group's facts and description are the same in every region that lists it: they are rendered once per
 * build, and every region's page is byte for byte what rendering that region on its own makes.
 */
class SharedPartsTest {

    @TempDir
    Path dir;

    private static final String ONLINE = "content/roermond/groups/overal.md";

    /** The test site with an online group in Roermond whose text is {@code text}. */
    private SiteBuilder.Loaded site(String text) {
        TestSite site = new TestSite(dir);
        // listed in both regions, whose names, addresses (one under a sub-path), contacts and stories differ
        site.write(ONLINE, TestSite.group("Rouwgroep overal", "regions: all\ncost: gratis\nregistration: required")
                .replace("We praten over verlies.", text));
        site.write("content/roermond/stories/anna.md", """
                ---
                title: Samen verder
                date: 2026-09-01
                topics: [rouw]
                consent: true
                author: Anna
                group: roermond/overal
                summary: Anna vond steun in de groep.
                ---
                Ik vond steun in de groep.
                """);
        SiteBuilder.Loaded loaded = new SiteBuilder().load(new BuildOptions(dir, dir.resolve("dist"), List.of(),
                new BuildTime.Local(TestSite.NOW), BuildOptions.Output.KEEP, false));
        assertThat(loaded.failed()).as("%s", loaded.diagnostics().sorted()).isFalse();
        return loaded;
    }

    /** Every region's files, rendered with {@code shared} for all of them, or each with its own (null). */
    private Map<String, RegionOutput> render(SiteBuilder.Loaded site, SharedBodies shared) {
        Map<String, RegionOutput> outputs = new TreeMap<>();
        ContentUrls urls = new ContentUrls(site.config(), site.content());
        MarkdownRenderer markdown = new MarkdownRenderer(new MarkdownSyntax());
        for (Region region : site.regions()) {
            outputs.put(region.id(), new RegionRenderer(site.config(), region, site.themes().get(region.config().theme()),
                    markdown, urls, site.now(), dir, new Diagnostics(),
                    region.config().basePath(), shared == null ? new SharedBodies() : shared, new MeetingDates(), true,
                    true).render(RenderedPages.NONE));
        }
        return outputs;
    }

    private static Map<String, String> files(Map<String, RegionOutput> outputs) {
        Map<String, String> all = new TreeMap<>();
        outputs.forEach((region, output) -> output.files().forEach(
                file -> all.put(region + "/" + file.path(), new String(file.bytes(), StandardCharsets.UTF_8))));
        return all;
    }

    @Test
    void anOnlineGroupsSharedPartsAreRenderedOnceAndEachRegionGetsTheBytesItWouldRenderItself() {
        SiteBuilder.Loaded site = site("We praten over verlies. Lees ook [over zelfhulp](../../pages/over-zelfhulp.md).");
        SharedBodies together = new SharedBodies();
        Map<String, RegionOutput> shared = render(site, together);
        Map<String, RegionOutput> alone = render(site, null);

        assertThat(files(shared)).isEqualTo(files(alone));
        assertThat(together.parts().rendered()).as("its facts and its description, once for both regions").isEqualTo(2);
        String noord = files(shared).get("noord/roermond/groepen/overal/index.html");
        String zuid = files(shared).get("zuid/roermond/groepen/overal/index.html");
        assertThat(noord).contains("Zelfregie Noord", "Wijkcentrum De Brug", "gratis", "We praten over verlies")
                .doesNotContain("Zelfregie Zuid");
        assertThat(zuid).contains("Zelfregie Zuid", "Wijkcentrum De Brug", "gratis", "We praten over verlies")
                .doesNotContain("Zelfregie Noord");
    }

    @Test
    void aTextLinkingToAGroupOfOneRegionIsRenderedForEachRegion() {
        // Noord has the Roermond group the text links to, Zuid links to it on Noord's site: the texts differ
        SiteBuilder.Loaded site = site("We praten over verlies. Zie ook [de rouwgroep](rouwgroep.md).");
        SharedBodies together = new SharedBodies();
        Map<String, RegionOutput> shared = render(site, together);

        assertThat(files(shared)).isEqualTo(files(render(site, null)));
        assertThat(together.parts().rendered()).as("the facts once, the description for each region").isEqualTo(3);
        assertThat(files(shared).get("noord/roermond/groepen/overal/index.html"))
                .contains("href=\"../rouwgroep/\"");
        assertThat(files(shared).get("zuid/roermond/groepen/overal/index.html"))
                .contains("href=\"https://noord.example.org/roermond/groepen/rouwgroep/\"");
    }

    @Test
    void aPageWritingASharedPartNotesWhatThePartRead() {
        SiteBuilder.Loaded site = site("We praten over verlies.");
        Map<String, RegionOutput> shared = render(site, new SharedBodies());
        Map<String, RegionOutput> alone = render(site, null);
        for (String region : List.of("noord", "zuid")) {
            RenderedPages.RenderedPage written = shared.get(region).pages().get("/roermond/groepen/overal/");
            RenderedPages.RenderedPage rendered = alone.get(region).pages().get("/roermond/groepen/overal/");
            // the preview keeps a page whose shown parts did not change: what it notes must not depend on sharing
            assertThat(written.shown()).as(region).isSameAs(rendered.shown());
        }
    }

    @Test
    void aPartNamingAVariableThePageLacksIsReportedAlsoWhereNoGroupIsShownInSeveralRegions() {
        TestSite site = new TestSite(dir);   // its groups are each listed in one region
        String template = "themes/default/templates/group.ftlh";
        String marked = site.read(template);
        assertThat(marked).contains("of=[\"group\",");
        site.write(template, marked.replaceFirst("of=\\[\"group\",", "of=[\"grop\","));
        BuildResult result = new SiteBuilder().build(new BuildOptions(dir, dir.resolve("dist"), List.of(),
                new BuildTime.Local(TestSite.NOW), false));
        assertThat(result.succeeded()).isFalse();
        assertThat(result.diagnostics()).anySatisfy(d -> {
            assertThat(d.position().path()).isEqualTo(template);
            assertThat(d.message().toString()).contains("the page has no variable 'grop'");
        });
    }
}
