package nl.kring.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.diagnostic.Diagnostic;
import nl.kring.message.Texts;
import nl.kring.testing.TestSite;

/**
 * {@code kring check} skips the search export (docs/performance.md, "Start-up"), so it must still find
 * every problem {@code build} finds: in content, references, links and templates. Each site here has
 * mistakes of one kind; check and build must report the same problems, at the same positions, in the
 * same order, and fail alike.
 */
class CheckFindsWhatBuildFindsTest {

    @TempDir
    Path dir;

    @Test
    void contentMistakesAndBrokenReferences() {
        TestSite site = new TestSite(dir);
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep Roermond",
                "topics: [rouw, bestaat-niet]\nregistration: misschien").replace("topics: [rouw]\n", ""));
        site.write("content/heerlen/groups/zonder-naam.md", "---\nsummary: Geen naam.\n---\nTekst.\n");
        assertSameProblems(site, 7);
    }

    @Test
    void brokenLinksInMarkdown() {
        TestSite site = new TestSite(dir);
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep Roermond", "")
                .replace("We praten over verlies.", "Zie [weg](../../pages/weg.md)."));
        assertSameProblems(site, 1);
    }

    @Test
    void aLinkToAMissingFragmentThatOnlyTheRenderedPageShows() {
        TestSite site = new TestSite(dir);
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep Roermond", "")
                .replace("We praten over verlies.", "Zie [over zelfhulp](../../pages/over-zelfhulp.md#bestaat-niet)."));
        assertSameProblems(site, 1);
    }

    @Test
    void brokenLinksThatOnlyTheRenderedPagesShow() {
        TestSite site = new TestSite(dir);
        site.write("themes/default/templates/404.ftlh", "<#import \"layout.ftlh\" as layout><@layout.page>"
                + "<h1>Niet gevonden</h1><img src=\"${url('/plaatje.png')}\" alt=\"\">"
                + "<a href=\"${url('/zoeken/')}#nergens\">zoeken</a></@layout.page>\n");
        assertSameProblems(site, 4);   // two links on the 404 page of each of the two regions
    }

    @Test
    void aTemplateThatFailsWhileRendering() {
        TestSite site = new TestSite(dir);
        site.write("themes/default/templates/404.ftlh", "<#import \"layout.ftlh\" as layout><@layout.page>"
                + "<h1>${bestaatNiet.titel}</h1></@layout.page>\n");
        assertSameProblems(site, 1);
    }

    @Test
    void aTemplateThatDoesNotParse() {
        TestSite site = new TestSite(dir);
        site.write("themes/default/templates/404.ftlh", "<#import \"layout.ftlh\" as layout><@layout.page>"
                + "<#if>kapot</@layout.page>\n");
        assertSameProblems(site, 2);   // the template, and the page that needs it
    }

    @Test
    void aLinkToTheSearchIndexIsALinkToAFileTheBuildWrites() {
        TestSite site = new TestSite(dir);
        site.write("themes/default/templates/404.ftlh", "<#import \"layout.ftlh\" as layout><@layout.page>"
                + "<h1>Niet gevonden</h1><a href=\"${url('/search/index.json')}\">de zoekindex</a></@layout.page>\n");
        assertThat(site.build().succeeded()).as(site.errors(Texts.english()).toString()).isTrue();
        assertThat(site.check().succeeded()).isTrue();
    }

    @Test
    void linksToCalendarsAndOpenDataWhoseContentsTheCheckDoesNotMake() {
        TestSite site = new TestSite(dir);
        site.write("themes/default/templates/404.ftlh", "<#import \"layout.ftlh\" as layout><@layout.page>"
                + "<h1>Niet gevonden</h1><a href=\"${url('/activiteiten.ics')}\">agenda</a>"
                + "<a href=\"${url('/activiteiten/inwoners/agenda.ics')}\">voor inwoners</a>"
                + "<a href=\"${url('/open-data/groepen.csv')}\">groepen</a>"
                + "<a href=\"${url('/open-data/openapi.json')}\">API</a>"
                + "<a href=\"${url('/open-data/bestaat-niet.json')}\">kapot</a></@layout.page>\n");
        assertSameProblems(site, 2);   // the missing file, on the 404 page of each of the two regions
    }

    @Test
    void theSampleNetworkWithItsWarnings() {
        Path sample = Path.of("..").toAbsolutePath().normalize();
        BuildOptions check = new BuildOptions(sample, dir.resolve("unused"), List.of(),
                new BuildTime.Local(TestSite.NOW), BuildOptions.Output.CHECK, false);
        BuildResult checked = new SiteBuilder().build(check);
        BuildResult built = new SiteBuilder().build(new BuildOptions(sample, dir.resolve("dist"), List.of(),
                new BuildTime.Local(TestSite.NOW), BuildOptions.Output.WRITE, false));
        assertThat(built.succeeded()).isTrue();
        assertThat(checked.succeeded()).isTrue();
        assertThat(problems(checked)).isNotEmpty().isEqualTo(problems(built));
        assertThat(checked.regions()).extracting(r -> List.of(r.id(), r.pages(), r.groups(), r.stories(), r.events()))
                .isEqualTo(built.regions().stream().map(r -> List.of(r.id(), r.pages(), r.groups(), r.stories(),
                        r.events())).toList());
        assertThat(dir.resolve("unused")).doesNotExist();
    }

    private static void assertSameProblems(TestSite site, int errors) {
        BuildResult checked = site.check();
        BuildResult built = site.build();
        assertThat(built.succeeded()).isFalse();
        assertThat(checked.succeeded()).isFalse();
        assertThat(problems(built).stream().filter(p -> p.contains(": error: ")))
                .as(problems(built).toString()).hasSize(errors);
        assertThat(problems(checked)).isEqualTo(problems(built));
        assertThat(site.out()).doesNotExist();
    }

    /** Every problem as the user reads it: position, severity, message and the lines shown under it. */
    private static List<String> problems(BuildResult result) {
        return result.diagnostics().stream()
                .map(d -> d.headline(Texts.english()) + "\n" + d.context()).toList();
    }
}
