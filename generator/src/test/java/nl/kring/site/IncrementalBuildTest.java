package nl.kring.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.message.Texts;
import nl.kring.render.OutputFile;
import nl.kring.testing.TestSite;

/**
 * A build that reuses the previous one's pages (as the preview does) renders only what changed,
 * and its output is exactly what a fresh build makes.
 */
class IncrementalBuildTest {

    @TempDir
    Path dir;
    TestSite site;
    final SiteBuilder builder = new SiteBuilder();

    @BeforeEach
    void createSite() {
        site = new TestSite(dir);
        site.write("content/roermond/groups/praatgroep.md", TestSite.group("Praatgroep Roermond", "")
                .replace("topics: [rouw]", "topics: [schulden]"));
    }

    /** The moment of the builds: a test may move it on, as a preview left open until the next day sees it. */
    java.time.LocalDateTime now = TestSite.NOW;

    private BuildOptions options() {
        return new BuildOptions(dir, dir.resolve("dist"), List.of(), new BuildTime.Local(now), false, true);
    }

    private BuildResult fresh() {
        return builder.build(options());
    }

    private static int rendered(BuildResult result, String region) {
        return result.regions().stream().filter(r -> r.id().equals(region)).findFirst().orElseThrow().rendered();
    }

    /** Every file, as the preview serves it once the search exports it deferred have been made. */
    private static Map<String, String> files(BuildResult result) {
        Map<String, String> all = new TreeMap<>();
        result.outputs().forEach((region, files) -> files.stream()
                .filter(f -> !result.pendingSearch().containsKey(region) || !f.path().startsWith("search/"))
                .forEach(f -> all.put(region + "/" + f.path(), new String(f.bytes(), StandardCharsets.UTF_8))));
        result.pendingSearch().forEach((region, export) -> export.get().files().forEach(
                f -> all.put(region + "/" + f.path(), new String(f.bytes(), StandardCharsets.UTF_8))));
        return all;
    }

    @Test
    void aChangedSearchExportIsMadeAfterTheRebuildAndThenEqualsAFreshOne() {
        BuildResult first = fresh();
        assertThat(first.pendingSearch()).isEmpty();
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep Roermond", "")
                .replace("Elke tweede dinsdag van de maand", "Elke woensdag"));
        BuildResult second = builder.build(options(), first.cache());

        assertThat(second.pendingSearch()).containsOnlyKeys("noord");   // zuid does not list the group
        List<String> searchFiles = second.outputs().get("noord").stream().map(OutputFile::path)
                .filter(p -> p.startsWith("search/")).toList();
        assertThat(searchFiles).isEqualTo(first.outputs().get("noord").stream().map(OutputFile::path)
                .filter(p -> p.startsWith("search/")).toList());   // meanwhile the previous export is served
        assertThat(files(second)).isEqualTo(files(fresh()));
    }

    /**
     * The preview tells the build which files its watcher saw change, and the build looks at only those instead
     * of listing every content file: a file changed, added, removed or hidden, a folder added (listed anew) and
     * a change outside the content folder each give exactly a fresh build's output.
     */
    @Test
    void aBuildToldWhichFilesChangedMakesWhatAFreshBuildMakes() throws Exception {
        BuildResult built = fresh();
        String added = "content/roermond/groups/wandelgroep.md";
        String changed = "content/roermond/groups/rouwgroep.md";
        List<Map.Entry<java.util.Set<String>, Runnable>> steps = List.of(
                Map.entry(java.util.Set.of(changed), () -> site.write(changed,
                        site.read(changed).replace("Elke tweede dinsdag van de maand", "Elke woensdag"))),
                Map.entry(java.util.Set.of(added), () -> site.write(added, TestSite.group("Wandelgroep Roermond", ""))),
                Map.entry(java.util.Set.of(added, "themes/readme.txt"), () -> delete(added)),
                Map.entry(java.util.Set.of("content/roermond/groups/.praatgroep.md.swp"),
                        () -> site.write("content/roermond/groups/.praatgroep.md.swp", "kladje")),
                Map.entry(java.util.Set.of("content/roermond/extra", "content/roermond/extra/x.md"),
                        () -> site.write("content/roermond/extra/x.md", "---\ntitle: Extra\n---\nTekst\n")));
        for (Map.Entry<java.util.Set<String>, Runnable> step : steps) {
            step.getValue().run();
            BuildResult next = builder.build(options(), built.cache().withChangedFiles(step.getKey()));
            BuildResult expected = fresh();
            assertThat(next.diagnostics()).as("after %s", step.getKey()).isEqualTo(expected.diagnostics());
            assertThat(files(next)).as("after %s", step.getKey()).isEqualTo(files(expected));
            built = next;
        }
    }

    private void delete(String path) {
        try {
            java.nio.file.Files.delete(dir.resolve(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anEditInOneRegionLeavesTheOtherRegionAsItWas() {
        BuildResult first = fresh();
        site.write("content/heerlen/groups/schuldencafe.md",
                site.read("content/heerlen/groups/schuldencafe.md") + "\nEen zin erbij.\n");
        BuildResult second = builder.build(options(), first.cache());

        assertThat(rendered(second, "zuid")).isPositive();
        assertThat(rendered(second, "noord")).isZero();
        // noord was not assembled or rendered again: its files are the very objects of the build before
        List<OutputFile> before = first.outputs().get("noord");
        List<OutputFile> after = second.outputs().get("noord");
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i)).as(before.get(i).path()).isSameAs(before.get(i));
        }
        assertThat(files(second)).isEqualTo(files(fresh()));
    }

    @Test
    void nothingChangedRendersNothing() {
        BuildResult first = fresh();
        BuildResult second = builder.build(options(), first.cache());
        assertThat(rendered(second, "noord")).isZero();
        assertThat(rendered(second, "zuid")).isZero();
        assertThat(files(second)).isEqualTo(files(first));
    }

    @Test
    void editedGroupRendersItsPageAndTheListsShowingIt() {
        BuildResult first = fresh();
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep Roermond", "")
                .replace("Elke tweede dinsdag van de maand", "Elke woensdag"));
        BuildResult second = builder.build(options(), first.cache());

        List<String> changed = first.outputs().get("noord").stream()
                .filter(old -> second.outputs().get("noord").stream()
                        .anyMatch(now -> now.path().equals(old.path()) && !java.util.Arrays.equals(now.bytes(), old.bytes())))
                .map(OutputFile::path).filter(p -> p.endsWith(".html")).toList();
        // its page, and the lists whose cards show its meeting time: all groups, its topic, its municipality (and
        // that one's printable overview), and the embed pages of its municipality and topic
        assertThat(changed).containsExactlyInAnyOrder("roermond/groepen/rouwgroep/index.html", "groepen/index.html",
                "onderwerpen/rouw/index.html", "roermond/index.html", "roermond/overzicht/index.html",
                "insluiten/roermond/index.html", "insluiten/onderwerp/rouw/index.html");
        assertThat(rendered(second, "noord")).isEqualTo(7);
        assertThat(rendered(second, "zuid")).isZero();
        assertThat(files(second)).isEqualTo(files(fresh()));
    }

    /** The HTML pages of a region whose bytes differ between two builds. */
    private static List<String> changedPages(BuildResult first, BuildResult second, String region) {
        return first.outputs().get(region).stream()
                .filter(old -> second.outputs().get(region).stream()
                        .anyMatch(now -> now.path().equals(old.path()) && !java.util.Arrays.equals(now.bytes(), old.bytes())))
                .map(OutputFile::path).filter(p -> p.endsWith(".html")).toList();
    }

    @Test
    void editedGroupListedInEveryRegionRendersOnlyWhatShowsItInEach() {
        String online = TestSite.group("Rouwgroep overal", "regions: all");
        site.write("content/roermond/groups/overal.md", online);
        BuildResult first = fresh();
        site.write("content/roermond/groups/overal.md", online.replace("Elke tweede dinsdag van de maand", "Elke woensdag"));
        BuildResult second = builder.build(options(), first.cache());

        // in the other region: its page there and the lists whose cards show its meeting time (its topic's embed
        // page too)
        assertThat(changedPages(first, second, "zuid")).containsExactlyInAnyOrder(
                "roermond/groepen/overal/index.html", "groepen/index.html", "onderwerpen/rouw/index.html",
                "insluiten/onderwerp/rouw/index.html");
        for (String region : List.of("noord", "zuid")) {
            assertThat(rendered(second, region)).as("rendered again in %s: only pages that changed", region)
                    .isEqualTo(changedPages(first, second, region).size());
        }
        assertThat(files(second)).isEqualTo(files(fresh()));
    }

    /**
     * The lists that show an online group in every region (all groups, its topic, the embed pages) show its name,
     * summary and times, not its description: a sentence added to the description renders only its own page.
     */
    @Test
    void aGroupsDescriptionRendersOnlyItsOwnPageInEachRegion() {
        String online = TestSite.group("Rouwgroep overal", "regions: all");
        site.write("content/roermond/groups/overal.md", online);
        BuildResult first = fresh();
        site.write("content/roermond/groups/overal.md", online + "Soms lezen we samen een gedicht.\n");
        BuildResult second = builder.build(options(), first.cache());

        for (String region : List.of("noord", "zuid")) {
            assertThat(changedPages(first, second, region)).as(region)
                    .containsExactly("roermond/groepen/overal/index.html");
            assertThat(rendered(second, region)).as(region).isEqualTo(1);
        }
        assertThat(files(second).get("zuid/roermond/groepen/overal/index.html")).contains("samen een gedicht");
        assertThat(files(second)).isEqualTo(files(fresh()));

        // and the next edit, to what the cards show, renders the lists again (kept pages hold the newest inputs)
        site.write("content/roermond/groups/overal.md", (online + "Soms lezen we samen een gedicht.\n")
                .replace("Een groep voor wie rouwt.", "Een groep voor iedereen die rouwt."));
        BuildResult third = builder.build(options(), second.cache());
        assertThat(changedPages(second, third, "zuid")).contains("groepen/index.html", "onderwerpen/rouw/index.html");
        assertThat(files(third).get("zuid/groepen/index.html")).contains("Een groep voor iedereen die rouwt.");
        assertThat(files(third)).isEqualTo(files(fresh()));
    }

    /**
     * A group's page shows what other files say: the stories about it, its municipality's and topics' names, and
     * its next meetings as of the day. Each of those changing, the group's own file untouched, updates its page
     * as a fresh build makes it.
     */
    @Test
    void aGroupPageFollowsWhatOtherFilesSayOfIt() {
        String online = TestSite.group("Rouwgroep overal", "regions: all").replace(
                "when: Elke tweede dinsdag van de maand, 19.30–21.30 uur",
                "when: Elke dinsdag, 19.30–21.30 uur\nschedule:\n  days: [tuesday]\n  start: \"19:30\"");
        site.write("content/roermond/groups/overal.md", online);
        BuildResult current = fresh();
        String home = "noord/roermond/groepen/overal/index.html";
        String elsewhere = "zuid/roermond/groepen/overal/index.html";
        assertThat(files(current).get(elsewhere)).contains("24 november 2026");

        site.write("content/roermond/stories/samen-verder.md", """
                ---
                title: Samen verder na het verlies
                date: 2026-03-14
                topics: [rouw]
                consent: true
                author: Marieke
                group: roermond/overal
                ---
                Het hielp mij.
                """);
        current = rebuiltLikeAFreshBuild(current);
        assertThat(files(current).get(home)).contains("Samen verder na het verlies");

        site.write("content/roermond/municipality.yml", site.read("content/roermond/municipality.yml")
                .replace("name: Roermond", "name: Gemeente Roermond"));
        current = rebuiltLikeAFreshBuild(current);
        assertThat(files(current).get(home)).contains("Gemeente Roermond");

        site.write("content/topics.yml",
                site.read("content/topics.yml").replace("name: Rouw en verlies", "name: Rouw en gemis"));
        current = rebuiltLikeAFreshBuild(current);
        assertThat(files(current).get(elsewhere)).contains("Rouw en gemis");

        now = now.plusDays(14);  // the preview left open for two weeks: the next meetings moved on
        current = rebuiltLikeAFreshBuild(current);
        assertThat(files(current).get(elsewhere)).contains("22 december 2026").doesNotContain("24 november 2026");
    }

    @Test
    void groupMovingToAnotherTopicUpdatesBothTopicPages() {
        BuildResult first = fresh();
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep Roermond", "")
                .replace("topics: [rouw]", "topics: [schulden]"));
        BuildResult second = builder.build(options(), first.cache());
        assertThat(second.succeeded()).isTrue();
        assertThat(files(second)).isEqualTo(files(fresh()));
        assertThat(files(second).get("noord/onderwerpen/schulden/index.html")).contains("Rouwgroep Roermond");
        assertThat(files(second).get("noord/onderwerpen/rouw/index.html")).doesNotContain("Rouwgroep Roermond");
    }

    @Test
    void addedAndRemovedFilesMatchAFreshBuild() {
        BuildResult first = fresh();
        site.write("content/roermond/groups/nieuw.md", TestSite.group("Nieuwe groep", ""));
        BuildResult second = builder.build(options(), first.cache());
        assertThat(files(second)).containsKey("noord/roermond/groepen/nieuw/index.html").isEqualTo(files(fresh()));

        site.delete("content/roermond/groups/nieuw.md");
        BuildResult third = builder.build(options(), second.cache());
        assertThat(files(third)).doesNotContainKey("noord/roermond/groepen/nieuw/index.html").isEqualTo(files(first));
    }

    @Test
    void networkPageInTheMenuRendersEveryPageAgain() {
        BuildResult first = fresh();
        site.write("content/pages/over-zelfhulp.md", site.read("content/pages/over-zelfhulp.md")
                .replace("title: Over zelfhulp", "title: Over lotgenoten"));
        BuildResult second = builder.build(options(), first.cache());
        assertThat(rendered(second, "noord")).isEqualTo(second.regions().getFirst().pages());
        assertThat(files(second)).isEqualTo(files(fresh()));
    }

    @Test
    void configChangeIsPickedUp() {
        BuildResult first = fresh();
        site.write("site-config.yml", site.read("site-config.yml").replace("#1d6b57", "#224466"));
        BuildResult second = builder.build(options(), first.cache());
        assertThat(files(second)).isEqualTo(files(fresh()));
        assertThat(rendered(second, "noord")).isEqualTo(second.regions().getFirst().pages());
        assertThat(rendered(second, "zuid")).isZero();
    }

    @Test
    void problemsInFilesNotReadAgainAreStillReported() {
        site.write("content/heerlen/groups/schuldencafe.md", site.read("content/heerlen/groups/schuldencafe.md")
                .replace("facilitators: 1\n", ""));
        BuildResult first = fresh();
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep Roermond", "")
                .replace("Elke tweede dinsdag", "Elke derde dinsdag"));
        BuildResult second = builder.build(options(), first.cache());
        assertThat(second.diagnostics()).isEqualTo(fresh().diagnostics()).isNotEmpty();
        assertThat(second.diagnostics().getFirst().headline(Texts.dutch()))
                .startsWith("content/heerlen/groups/schuldencafe.md:2:1: waarschuwing: de groep heeft geen begeleiders");
        assertThat(second.diagnostics().getFirst().context()).isNotEmpty();
    }

    @Test
    void unchangedFilesAreCheckedAgainWhenWhatTheyReferToChanges() {
        BuildResult first = fresh();
        site.write("content/topics.yml", site.read("content/topics.yml").replace("slug: schulden", "slug: geld"));
        BuildResult second = builder.build(options(), first.cache());
        assertThat(second.succeeded()).isFalse();
        assertThat(second.diagnostics()).isEqualTo(fresh().diagnostics());
        assertThat(second.diagnostics().stream().map(d -> d.headline(Texts.dutch())))
                .anyMatch(h -> h.startsWith("content/heerlen/groups/schuldencafe.md:") && h.contains("schulden"));
    }

    @Test
    void aCommitDuringThePreviewUpdatesGitDates() throws Exception {
        site.write("content/roermond/groups/rouwgroep.md", TestSite.group("Rouwgroep Roermond", "")
                .replace("updated: 2026-10-01\n", ""));
        git("2025-03-14", "init", "-q");
        git("2025-03-14", "add", "-A");
        git("2025-03-14", "commit", "-q", "-m", "content");
        BuildResult first = fresh();
        assertThat(files(first).get("noord/roermond/groepen/rouwgroep/index.html")).contains("14 maart 2025");

        BuildResult unchanged = builder.build(options(), first.cache());
        assertThat(rendered(unchanged, "noord")).isZero();

        site.write("content/roermond/groups/rouwgroep.md", site.read("content/roermond/groups/rouwgroep.md") + "\nMeer.\n");
        git("2026-11-02", "commit", "-q", "-a", "-m", "more");
        BuildResult committed = builder.build(options(), unchanged.cache());
        assertThat(files(committed).get("noord/roermond/groepen/rouwgroep/index.html")).contains("2 november 2026");
        assertThat(files(committed)).isEqualTo(files(fresh()));
    }

    private void git(String date, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "commit.gpgsign=false",
                "-c", "user.name=Test", "-c", "user.email=test@example.org"));
        command.addAll(List.of(args));
        ProcessBuilder git = new ProcessBuilder(command).directory(dir.toFile()).inheritIO();
        git.environment().put("GIT_COMMITTER_DATE", date + "T10:00:00+01:00");
        git.environment().put("GIT_AUTHOR_DATE", date + "T10:00:00+01:00");
        assertThat(git.start().waitFor()).isZero();
    }

    /** An online group with meeting dates (so a calendar, next meetings and open-data dates), listed everywhere. */
    private static final String ONLINE = """
            ---
            name: Online rouwcafé
            topics: [rouw]
            summary: Praten over verlies, via video.
            status: active
            format: online
            when: Elke dinsdag, 20.00–21.30 uur, via video
            schedule:
              days: [tuesday]
              start: "20:00"
              end: "21:30"
            contact:
              name: Yvonne
              email: yvonne@example.org
            facilitators: 2
            updated: 2026-10-01
            regions: all
            ---
            We praten over verlies.
            """;

    /**
     * The preview after each of a series of edits (an online group's text, topics, schedule, its "all regions",
     * moving it to another municipality, a mistake and its fix, deleting it) serves exactly the bytes of a fresh
     * build of the same content: every page, calendar, open-data file and search file of every region.
     */
    @Test
    void aSeriesOfEditsAlwaysServesWhatAFreshBuildMakes() {
        String path = "content/roermond/groups/online-rouwcafe.md";
        site.write(path, ONLINE);
        site.write("content/heerlen/groups/schuldencafe.md", site.read("content/heerlen/groups/schuldencafe.md")
                .replace("when: Elke maandag, 10.00–12.00 uur\n",
                        "when: Elke maandag, 10.00–12.00 uur\nschedule:\n  days: [monday]\n  start: \"10:00\"\n"));
        BuildResult first = fresh();
        assertThat(first.succeeded()).isTrue();
        assertThat(files(first)).containsKeys("zuid/roermond/groepen/online-rouwcafe/agenda.ics",
                "zuid/heerlen/groepen/schuldencafe/agenda.ics");
        String[] at = {path};
        BuildResult[] current = {first};
        java.util.function.Consumer<String> edit = text -> {
            site.write(at[0], text);
            current[0] = rebuiltLikeAFreshBuild(current[0]);
        };

        edit.accept(ONLINE + "\nEen zin erbij, alleen in de tekst.\n");
        assertThat(rendered(current[0], "zuid")).isPositive();
        edit.accept(ONLINE.replace("topics: [rouw]", "topics: [schulden]"));
        edit.accept(ONLINE.replace("days: [tuesday]", "days: [thursday]").replace("Elke dinsdag", "Elke donderdag"));
        edit.accept(ONLINE.replace("regions: all\n", ""));
        assertThat(files(current[0])).doesNotContainKey("zuid/roermond/groepen/online-rouwcafe/index.html");
        edit.accept(ONLINE.replace("format: online\n", "format: hybrid\n").replace("name: Online rouwcafé", "name: Rouwcafé")
                .replace("contact:", "location:\n  name: Wijkcentrum\n  address: Markt 1\n  postcode: 6041 AA\n  city: Roermond\ncontact:"));
        edit.accept(ONLINE);

        // moved to another municipality: a new path, the old one gone
        site.delete(at[0]);
        at[0] = "content/heerlen/groups/online-rouwcafe.md";
        site.write(at[0], ONLINE);
        current[0] = rebuiltLikeAFreshBuild(current[0]);
        assertThat(files(current[0])).containsKey("noord/heerlen/groepen/online-rouwcafe/index.html");

        // a mistake: the preview keeps serving the last good build (and its cache), then the fix is picked up
        site.write(at[0], ONLINE.replace("topics: [rouw]", "topics: [onbekend]"));
        BuildResult broken = builder.build(options(), current[0].cache());
        assertThat(broken.succeeded()).isFalse();
        assertThat(broken.diagnostics()).isEqualTo(fresh().diagnostics());
        site.write(at[0], ONLINE.replace("Praten over verlies", "Samen praten over verlies"));
        current[0] = rebuiltLikeAFreshBuild(current[0]);

        site.delete(at[0]);
        current[0] = rebuiltLikeAFreshBuild(current[0]);
        assertThat(files(current[0])).doesNotContainKey("noord/heerlen/groepen/online-rouwcafe/index.html");
    }

    /** The next preview build after {@code previous}, checked byte for byte against a fresh build. */
    private BuildResult rebuiltLikeAFreshBuild(BuildResult previous) {
        BuildResult next = builder.build(options(), previous.cache());
        assertThat(next.succeeded()).as("%s", next.diagnostics()).isTrue();
        Map<String, byte[]> served = bytes(next);
        Map<String, byte[]> expected = bytes(fresh());
        assertThat(served.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());  // names what differs
        expected.forEach((file, content) -> assertThat(new String(served.get(file), StandardCharsets.UTF_8)).as(file)
                .isEqualTo(new String(content, StandardCharsets.UTF_8)));
        expected.forEach((file, content) -> assertThat(served.get(file)).as(file).isEqualTo(content));
        return next;
    }

    /** Every file's bytes, as the preview serves it once the search exports it deferred have been made. */
    private static Map<String, byte[]> bytes(BuildResult result) {
        Map<String, byte[]> all = new TreeMap<>();
        result.outputs().forEach((region, files) -> files.stream()
                .filter(f -> !result.pendingSearch().containsKey(region) || !f.path().startsWith("search/"))
                .forEach(f -> all.put(region + "/" + f.path(), f.bytes())));
        result.pendingSearch().forEach((region, export) -> export.get().files().forEach(
                f -> all.put(region + "/" + f.path(), f.bytes())));
        return all;
    }

    @Test
    void previewNotFoundPageLinksFromTheRegionsPreviewAddress() {
        String notFound = files(fresh()).get("noord/404.html");
        assertThat(notFound).contains("href=\"/noord/groepen/\"");
        BuildResult built = builder.build(new BuildOptions(dir, dir.resolve("dist"), List.of(),
                new BuildTime.Local(TestSite.NOW), false));
        assertThat(files(built).get("noord/404.html")).contains("href=\"/groepen/\"");
    }
}
