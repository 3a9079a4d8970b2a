package nl.kring.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.diagnostic.Diagnostic;
import nl.kring.render.OutputFile;
import nl.kring.testing.TestSite;

/**
 * Drafts ({@code draft: true}) and scheduled files ({@code publishFrom}): left out of the built site
 * entirely, their problems only warnings, shown in the preview with a banner.
 */
class DraftsTest {

    private static final String DRAFT = "content/roermond/groups/wandelgroep.md";

    @TempDir
    Path dir;
    TestSite site;

    @BeforeEach
    void createSite() {
        site = new TestSite(dir);
    }

    @Test
    void aDraftIsLeftOutOfEveryPartOfTheBuiltSite() {
        site.write(DRAFT, TestSite.group("Wandelgroep Zonneveld", "draft: true"));
        BuildResult result = site.build();
        assertThat(result.succeeded()).isTrue();
        assertThat(result.diagnostics()).isEmpty();
        assertThat(site.out().resolve("noord/roermond/groepen/wandelgroep")).doesNotExist();
        assertThat(site.out().resolve("noord/roermond/groepen/rouwgroep/index.html")).exists();
        // no list, search index, feed, sitemap or calendar mentions it
        assertThat(filesMentioning("wandelgroep")).isEmpty();
        assertThat(filesMentioning("Zonneveld")).isEmpty();
    }

    @Test
    void aHalfWrittenDraftDoesNotFailTheBuildItsProblemsAreWarnings() {
        site.write(DRAFT, """
                ---
                draft: true
                name: Wandelgroep
                topics: [wandelen]
                status: vol
                ---
                """);
        BuildResult result = site.build();
        assertThat(result.succeeded()).isTrue();
        // every problem a warning that says it is about a draft; with the mistakes as a published file would have them
        assertThat(result.diagnostics()).isNotEmpty().noneMatch(Diagnostic::isError)
                .allMatch(d -> d.code().equals("draft.problem"));
        assertThat(headlines(result)).allMatch(h -> h.contains(": waarschuwing: in een concept (draft: true): "))
                .anyMatch(h -> h.startsWith(DRAFT + ":4:10: "))   // the unknown topic
                .anyMatch(h -> h.startsWith(DRAFT + ":5:9: "));   // status: vol
        assertThat(filesMentioning("Wandelgroep")).isEmpty();
    }

    @Test
    void aDraftWithBrokenFrontMatterIsStillReportedAsAWarningWithItsPosition() {
        site.write(DRAFT, """
                ---
                draft: true
                name: Wandelgroep
                topics: [rouw
                ---
                """);
        BuildResult result = site.build();
        assertThat(result.succeeded()).isTrue();
        assertThat(headlines(result)).singleElement().asString()
                .isEqualTo(DRAFT + ":4:9: waarschuwing: in een concept (draft: true): de lijst die op regel 4 "
                        + "begint met [ is niet afgesloten: sluit de lijst op regel 4 af met ]");
    }

    @Test
    void theSameMistakesInAPublishedFileAreErrors() {
        site.write(DRAFT, """
                ---
                name: Wandelgroep
                topics: [rouw
                ---
                """);
        assertThat(site.build().succeeded()).isFalse();
    }

    @Test
    void aLinkFromAPublishedPageToADraftIsAnErrorThatNamesTheDraft() {
        site.write(DRAFT, TestSite.group("Wandelgroep", "draft: true"));
        site.write("content/pages/over-zelfhulp.md", """
                ---
                title: Over zelfhulp
                menu: 1
                ---
                Wandel mee met de [wandelgroep](../roermond/groups/wandelgroep.md).
                """);
        BuildResult result = site.build();
        assertThat(result.succeeded()).isFalse();
        assertThat(headlines(result)).containsExactly("content/pages/over-zelfhulp.md:5:19: fout: "
                + "'../roermond/groups/wandelgroep.md' is een concept (draft: true) en staat niet op de site; "
                + "haal de verwijzing weg of publiceer dat bestand eerst");
        assertThat(result.diagnostics().getFirst().headline(nl.kring.message.Texts.english()))
                .isEqualTo("content/pages/over-zelfhulp.md:5:19: error: "
                + "'../roermond/groups/wandelgroep.md' is a draft (draft: true) and is not on the site; "
                + "remove the reference or publish that file first");
    }

    @Test
    void aStoryAboutADraftGroupIsAnError() {
        site.write(DRAFT, TestSite.group("Wandelgroep", "draft: true"));
        site.write("content/roermond/stories/wandelen.md", """
                ---
                title: Samen wandelen
                date: 2026-10-01
                topics: [rouw]
                consent: true
                group: roermond/wandelgroep
                ---
                Het hielp mij.
                """);
        assertThat(site.errors()).containsExactly("content/roermond/stories/wandelen.md:6:8: fout: "
                + "'roermond/wandelgroep' is een concept (draft: true) en staat niet op de site; "
                + "haal de verwijzing weg of publiceer dat bestand eerst");
    }

    @Test
    void aDraftMayLinkToAnotherDraft() {
        site.write(DRAFT, TestSite.group("Wandelgroep", "draft: true"));
        site.write("content/roermond/pages/wandelen.md", """
                ---
                draft: true
                title: Wandelen
                ---
                Zie de [wandelgroep](../groups/wandelgroep.md).
                """);
        assertThat(site.build().diagnostics()).isEmpty();
    }

    @Test
    void publishFromKeepsAFileOffTheSiteUntilThatDay() {
        // the test site's "now" is 2026-11-23
        site.write("content/roermond/pages/later.md", """
                ---
                publishFrom: 2026-11-24
                title: Later
                ---
                Vanaf morgen.
                """);
        site.write("content/roermond/pages/vandaag.md", """
                ---
                publishFrom: 2026-11-23
                title: Vandaag
                ---
                Vanaf vandaag.
                """);
        BuildResult result = site.build();
        assertThat(result.diagnostics()).isEmpty();
        assertThat(site.out().resolve("noord/roermond/later")).doesNotExist();
        assertThat(site.out().resolve("noord/roermond/vandaag/index.html")).exists();
    }

    @Test
    void aPublishFromThatIsNotADateIsAnError() {
        site.write("content/roermond/pages/later.md", """
                ---
                publishFrom: volgende week
                title: Later
                ---
                """);
        assertThat(site.check().diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.position()).hasToString("content/roermond/pages/later.md:2:14");
            assertThat(d.code()).isEqualTo("field.invalid");
        });
    }

    @Test
    void aPublishFromDateThatDoesNotExistIsAnError() {
        site.write("content/roermond/pages/later.md", """
                ---
                publishFrom: 2026-02-30
                title: Later
                ---
                """);
        assertThat(site.errors()).containsExactly("content/roermond/pages/later.md:2:14: fout: "
                + "'publishFrom' is een datum die niet bestaat: 2026-02-30");
    }

    @Test
    void draftMustBeTrueOrFalse() {
        site.write("content/roermond/pages/later.md", """
                ---
                draft: misschien
                title: Later
                ---
                """);
        assertThat(site.check().diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.position()).hasToString("content/roermond/pages/later.md:2:8");
            assertThat(d.code()).isEqualTo("field.invalid");
        });
    }

    @Test
    void thePreviewShowsADraftWithABannerAndItsProblemsAsWarnings() {
        site.write(DRAFT, TestSite.group("Wandelgroep", "draft: true\nstatus: vol"));
        site.write("content/roermond/pages/later.md", """
                ---
                publishFrom: 2026-12-01
                title: Later
                ---
                """);
        BuildResult result = preview();
        assertThat(result.succeeded()).isTrue();
        assertThat(headlines(result)).singleElement().asString()
                .startsWith(DRAFT + ":18:9: waarschuwing: in een concept (draft: true): 'status' moet een van");
        String draftPage = page(result, "roermond/groepen/wandelgroep/index.html");
        assertThat(draftPage).contains("Concept — niet gepubliceerd")
                .contains("Alleen het voorbeeld toont deze pagina.");
        assertThat(page(result, "roermond/later/index.html"))
                .contains("Concept — niet gepubliceerd").contains("Deze pagina komt op de site vanaf 1 december 2026");
        assertThat(page(result, "roermond/groepen/rouwgroep/index.html")).doesNotContain("Concept");
        assertThat(page(result, "sitemap.xml")).doesNotContain("wandelgroep").doesNotContain("later");
    }

    @Test
    void thePreviewReportsALinkToADraftAsAWarning() {
        site.write(DRAFT, TestSite.group("Wandelgroep", "draft: true"));
        site.write("content/pages/over-zelfhulp.md", """
                ---
                title: Over zelfhulp
                ---
                Wandel mee met de [wandelgroep](../roermond/groups/wandelgroep.md).
                """);
        BuildResult result = preview();
        assertThat(result.succeeded()).isTrue();
        assertThat(headlines(result)).containsExactly("content/pages/over-zelfhulp.md:4:19: waarschuwing: "
                + "'../roermond/groups/wandelgroep.md' is een concept (draft: true) en staat niet op de site; "
                + "haal de verwijzing weg of publiceer dat bestand eerst");
    }

    @Test
    void publishingADraftInThePreviewTakesTheBannerAway() {
        site.write(DRAFT, TestSite.group("Wandelgroep", "draft: true"));
        SiteBuilder builder = new SiteBuilder();
        BuildResult first = builder.build(previewOptions(), BuildCache.EMPTY);
        assertThat(page(first, "roermond/groepen/wandelgroep/index.html")).contains("Concept — niet gepubliceerd");
        site.write(DRAFT, TestSite.group("Wandelgroep", ""));
        BuildResult second = builder.build(previewOptions(), first.cache());
        assertThat(second.succeeded()).isTrue();
        assertThat(page(second, "roermond/groepen/wandelgroep/index.html")).doesNotContain("Concept");
        assertThat(page(second, "sitemap.xml")).contains("wandelgroep");
    }

    private BuildOptions previewOptions() {
        return new BuildOptions(site.root(), site.out(), List.of("noord"), new BuildTime.Local(TestSite.NOW), false, true);
    }

    private BuildResult preview() {
        return new SiteBuilder().build(previewOptions());
    }

    private static String page(BuildResult result, String path) {
        return result.outputs().get("noord").stream().filter(f -> f.path().equals(path)).findFirst()
                .map(f -> new String(f.bytes(), StandardCharsets.UTF_8))
                .orElseThrow(() -> new AssertionError("no " + path));
    }

    private static List<String> headlines(BuildResult result) {
        return result.diagnostics().stream().map(d -> d.headline(nl.kring.message.Texts.dutch())).toList();
    }

    private List<String> filesMentioning(String text) {
        try (Stream<Path> files = Files.walk(site.out())) {
            return files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(text);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
