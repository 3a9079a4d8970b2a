package nl.kring.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.content.ContentFields;
import nl.kring.content.ContentFields.Kind;
import nl.kring.message.Texts;
import nl.kring.source.TextFormats;
import nl.kring.diagnostic.Diagnostic;
import nl.kring.site.BuildResult;
import nl.kring.testing.TestSite;

/** {@code kring new}: a file an editor can fill in, which check rejects until it is filled in. */
class ContentScaffoldTest {

    /** The scaffold's structure is checked in English here; NewCommandTest checks its Dutch comments. */
    private static final Texts ENGLISH = Texts.english();

    private static String reason(Throwable e) {
        return ENGLISH.text(((ScaffoldException) e).reason());
    }

    @TempDir
    Path dir;
    TestSite site;
    ContentScaffold scaffold;

    @BeforeEach
    void createSite() {
        site = new TestSite(dir);
        scaffold = new ContentScaffold(dir, LocalDate.of(2026, 11, 20), ENGLISH);
    }

    @Test
    void newGroupLandsInItsMunicipalityWithAFoldedSlug() throws ScaffoldException {
        ContentScaffold.Created created = scaffold.create(Kind.GROUP, "roermond", "Schuldencafé & Praatgroep", null);
        assertThat(created.path()).isEqualTo("content/roermond/groups/schuldencafe-en-praatgroep.md");
        assertThat(site.read(created.path())).isEqualTo(created.text())
                .startsWith("---\n# New group.")
                .contains("\nname: Schuldencafé & Praatgroep\n")
                .contains("rouw (Rouw en verlies), schulden (Geldzorgen en schulden)")
                .contains("One of: active, starting, full, paused, ended")
                .contains("One of: in-person, online, hybrid")
                .contains("Regions: noord, zuid")
                .contains("\nupdated: 2026-11-20\n");
    }

    @Test
    void aNewFileIsADraftUntilTheEditorSaysOtherwise() throws ScaffoldException {
        String path = scaffold.create(Kind.GROUP, "roermond", "Rouwcafé", null).path();
        assertThat(site.read(path)).contains("\ndraft: true\n");
        // unfilled, it does not fail the build and is not on the site
        BuildResult result = site.build();
        assertThat(result.succeeded()).isTrue();
        assertThat(site.out().resolve("noord/roermond/groepen/rouwcafe")).doesNotExist();
        // each empty required field is a warning at its line, saying it is in a draft
        List<Diagnostic> problems = result.diagnostics();
        assertThat(problems).allMatch(d -> !d.isError() && d.position().path().equals(path)
                && d.code().equals("draft.problem"));
        assertThat(problems.stream().map(d -> d.message().argumentTexts().getFirst()).toList())
                .containsExactlyInAnyOrder(
                        "topics.empty",
                        "field.empty(summary)",
                        "field.empty(when)",
                        "field.empty(location.address)",
                        "field.empty(location.city)",
                        "field.empty(contact.name)",
                        "contact.noWayToReach(contact)",
                        "group.noFacilitators");
        String text = site.read(path);
        assertThat(problems).anySatisfy(d -> assertThat(d.position().line()).isEqualTo(lineOf(text, "summary:")));
    }

    @Test
    void unfilledGroupWithoutDraftFailsCheckAtEveryEmptyRequiredField() throws ScaffoldException {
        String path = scaffold.create(Kind.GROUP, "roermond", "Rouwcafé", null).path();
        fill(path, Map.of("draft: true", ""));
        List<Diagnostic> errors = site.check().diagnostics().stream().filter(Diagnostic::isError).toList();
        assertThat(errors).hasSize(7).allMatch(d -> d.position().path().equals(path));
    }

    @Test
    void filledGroupPassesCheck() throws ScaffoldException {
        String path = scaffold.create(Kind.GROUP, "roermond", "Rouwcafé", null).path();
        fill(path, Map.of("topics: []", "topics: [rouw]",
                "summary:", "summary: Samen praten over verlies.",
                "when:", "when: Elke eerste maandag, 19.30 uur",
                "  address:", "  address: Markt 1",
                "  city:", "  city: Roermond",
                "  name:", "  name: Anna",
                "  email:", "  email: rouwcafe@example.org",
                "facilitators:", "facilitators: 2"));
        assertThat(site.problems(ENGLISH)).isEmpty();
        assertThat(site.build().succeeded()).isTrue();
        assertThat(site.out().resolve("noord/roermond/groepen/rouwcafe")).as("still a draft").doesNotExist();
        fill(path, Map.of("draft: true", ""));
        assertThat(site.problems()).isEmpty();
        assertThat(site.build().succeeded()).isTrue();
        assertThat(site.output("noord/roermond/groepen/rouwcafe/index.html")).contains("Rouwcafé");
    }

    @Test
    void filledStoryEventAndPagesPassCheck() throws ScaffoldException {
        String story = scaffold.create(Kind.STORY, "roermond", "Ik dacht dat ik de enige was", null).path();
        String event = scaffold.create(Kind.EVENT, "heerlen", "Open avond: kennismaken!", null).path();
        String network = scaffold.create(Kind.PAGE, null, "Vrijwilliger worden", null).path();
        String local = scaffold.create(Kind.PAGE, "heerlen", "Ons steunpunt", null).path();
        assertThat(List.of(story, event, network, local)).containsExactly(
                "content/roermond/stories/ik-dacht-dat-ik-de-enige-was.md",
                "content/heerlen/events/open-avond-kennismaken.md",
                "content/pages/vrijwilliger-worden.md",
                "content/heerlen/pages/ons-steunpunt.md");
        assertThat(site.read(story)).contains("roermond/rouwgroep").contains("\ndate: 2026-11-20\n");
        assertThat(site.read(event)).contains("\ntitle: \"Open avond: kennismaken!\"\n")
                .contains("One of: meeting, training, intervision, speed-date, information, inspiration")
                .contains("facilitators, participants, referrers, everyone");
        for (String draft : List.of(story, event, network, local)) {
            fill(draft, Map.of("draft: true", ""));
        }
        assertThat(site.errors(ENGLISH)).anySatisfy(e -> assertThat(e).startsWith(story).contains("'consent'"))
                .anySatisfy(e -> assertThat(e).startsWith(event).contains("missing required field 'type'"))
                .anySatisfy(e -> assertThat(e).startsWith(event).contains("field 'start' is empty"))
                .noneSatisfy(e -> assertThat(e).startsWith(network))
                .noneSatisfy(e -> assertThat(e).startsWith(local));

        fill(story, Map.of("topics: []", "topics: [rouw]", "consent:", "consent: true"));
        fill(event, Map.of("type:", "type: meeting", "start:", "start: 2026-12-10T19:30", "end:", "end: 21:30",
                "  address:", "  address: Markt 1", "  city:", "  city: Heerlen"));
        assertThat(site.problems(ENGLISH)).isEmpty();
    }

    @Test
    void neverOverwritesAFile() throws ScaffoldException {
        String path = scaffold.create(Kind.GROUP, "roermond", "Rouwcafé", null).path();
        site.write(path, "mine");
        assertThatThrownBy(() -> scaffold.create(Kind.GROUP, "roermond", "Rouwcafé", null))
                .isInstanceOf(ScaffoldException.class)
                .satisfies(e -> assertThat(reason(e)).isEqualTo("content/roermond/groups/rouwcafe.md already exists; it was left unchanged "
                        + "(choose another file name with --slug, or edit the existing file)"))
                .matches(e -> !((ScaffoldException) e).isUsageError());
        assertThat(site.read(path)).isEqualTo("mine");
    }

    @Test
    void unknownMunicipalityNamesTheKnownOnes() {
        assertThatThrownBy(() -> scaffold.create(Kind.GROUP, "roermont", "Rouwcafé", null))
                .satisfies(e -> assertThat(reason(e)).isEqualTo("unknown municipality 'roermont' (did you mean 'roermond'?); "
                        + "the municipalities are the folders in content/: heerlen, roermond"));
        assertThatThrownBy(() -> scaffold.create(Kind.STORY, null, "Verhaal", null))
                .satisfies(e -> assertThat(reason(e)).contains("a story belongs to a municipality: add --municipality"));
        assertThatThrownBy(() -> scaffold.create(Kind.GROUP, "roermond", "???", null))
                .satisfies(e -> assertThat(reason(e)).contains("gives no file name; choose one with --slug"));
    }

    @Test
    void everyFieldTheReadersKnowIsInTheNewFile() {
        for (Kind kind : Kind.values()) {
            String text = scaffold.text(kind, "roermond", "Titel");
            for (String field : kind.fields()) {
                assertThat(text).as(kind + " " + field).containsPattern("(?m)^(# )?" + field + ":");
            }
        }
        String group = scaffold.text(Kind.GROUP, "roermond", "Titel");
        ContentFields.locationFields().forEach(f -> assertThat(group).containsPattern("(?m)^  " + f + ":"));
        ContentFields.contactFields().forEach(f -> assertThat(group).containsPattern("(?m)^  " + f + ":"));
        ContentFields.scheduleFields().forEach(f -> assertThat(group).containsPattern("(?m)^#   " + f + ":"));
        ContentFields.weekdays().forEach(d -> assertThat(group).contains(d));
        String event = scaffold.text(Kind.EVENT, "roermond", "Titel");
        ContentFields.registrationFields().forEach(f -> assertThat(event).containsPattern("(?m)^#   " + f + ":"));
    }

    @Test
    void slugsFoldAccentsAndJoinWordsWithSingleHyphens() {
        assertThat(TextFormats.slugOf("Kom d'r bij!")).isEqualTo("kom-dr-bij");
        assertThat(TextFormats.slugOf("Ouders van pubers – Heerlen")).isEqualTo("ouders-van-pubers-heerlen");
        assertThat(TextFormats.slugOf("Café Crème & Straße")).isEqualTo("cafe-creme-en-strasse");
        assertThat(TextFormats.slugOf("Łódź, Ærø")).isEqualTo("lodz-aero");
        assertThat(TextFormats.slugOf("  AA  12-stappen  ")).isEqualTo("aa-12-stappen");
        assertThat(TextFormats.slugOf("???")).isEmpty();
    }

    private void fill(String path, Map<String, String> lines) {
        String text = site.read(path);
        for (Map.Entry<String, String> line : lines.entrySet()) {
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(line.getKey()) + "$").matcher(text);
            assertThat(m.find()).as(line.getKey()).isTrue();
            text = m.replaceAll(Matcher.quoteReplacement(line.getValue()));
        }
        site.write(path, text);
    }

    private static int lineOf(String text, String start) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start);
    }
}
