package nl.kring.search;

import static nl.kring.search.SearchAnswers.field;
import static nl.kring.search.SearchAnswers.titles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.testing.TestSite;

/**
 * A verb in the form residents type finds the form the texts and topics use: a strong verb's other vowels (they tell
 * what happened in the past tense: "mijn vader dronk", "ik verloor mijn kind"; the texts say "drinken",
 * "verloren"), and a separable verb written apart ("ik kom niet rond" for the topic's "rondkomen").
 */
class VerbsResidentsTypeTest {

    private static final DutchAnalysis ANALYSIS = new DutchAnalysis();
    private static final StrongVerbs VERBS = StrongVerbs.bundled();

    @TempDir
    static Path dir;

    static TestSite site;

    @BeforeAll
    static void buildFixture() {
        site = new TestSite(dir.resolve("site"));
        site.write("content/topics.yml", """
                - slug: rouw
                  name: Rouw en verlies
                  description: Voor wie een dierbare heeft verloren.
                - slug: verslaving
                  name: Verslaving
                  description: Voor wie wil stoppen.
                  synonyms: [alcohol, drinken, afkicken]
                - slug: opvoeden
                  name: Opvoeden
                  description: Voor ouders.
                - slug: schulden
                  name: Schulden
                  description: Voor wie schulden heeft.
                  synonyms: [rondkomen]
                - slug: eenzaamheid
                  name: Eenzaamheid
                  description: Voor wie zich alleen voelt.
                """);
        site.write("content/roermond/groups/ouders-kind-verloren.md", group("Ouders die een kind verloren", "rouw",
                "Ouders praten over hun kind."));
        site.write("content/roermond/groups/adhd.md", group("Ouders van een kind met ADHD", "opvoeden",
                "Over opvoeden, school en het kind thuis."));
        site.write("content/roermond/groups/aa.md", group("AA-groep", "verslaving",
                "Anoniem, elke week, voor wie wil stoppen."));
        site.write("content/roermond/groups/schulden.md", group("Schulden? Samen verder", "schulden",
                "Praten over geld, rekeningen en hulp."));
        site.write("content/roermond/groups/koffie.md", group("Koffieochtend", "opvoeden",
                "Samen koffie drinken met andere ouders."));
        site.write("content/roermond/groups/wandelen.md", group("Samen wandelen", "eenzaamheid",
                "We zitten niet stil: elke week wandelen we samen."));
        assertThat(site.build().succeeded()).as("%s", site.problems()).isTrue();
    }

    static String group(String name, String topic, String body) {
        return """
                ---
                name: %s
                topics: [%s]
                summary: Een lotgenotengroep.
                when: Zie de agenda
                format: online
                contact:
                  name: Anna
                  email: anna@example.org
                facilitators: 2
                updated: 2026-10-01
                ---
                %s
                """.formatted(name, topic, body);
    }

    @Test
    void aPastTenseFindsTheTopicThatNamesTheVerb() {
        // the topic says "drinken"; the coffee morning's text says it too, but the topic's group leads
        assertThat(titles(ask("mijn vader dronk"))).startsWith("AA-groep");
        assertThat(titles(ask("hij heeft gedronken"))).startsWith("AA-groep");
        assertThat(titles(ask("dronken"))).containsExactly("AA-groep", "Koffieochtend");
        assertThat(field(ask("gedronken"), "suggestion")).as("a verb form is no typo").isEqualTo("null");
        // a typo of a form no text writes is offered the form, not its stem ("gedronk")
        assertThat(field(ask("gedronkn"), "suggestion")).isEqualTo("\"gedronken\"");
    }

    @Test
    void aPastTenseFindsTheTextThatUsesTheParticiple() {
        // before: only "kind" matched, and the group about ADHD came first as often as not
        List<String> found = titles(ask("ik verloor mijn kind"));
        assertThat(found).startsWith("Ouders die een kind verloren", "Rouwgroep Roermond");
        assertThat(titles(ask("verloor"))).as("the title's participle, the topic's 'verlies'")
                .containsExactlyInAnyOrder("Ouders die een kind verloren", "Rouwgroep Roermond");
    }

    @Test
    void aSeparableVerbWrittenApartFindsTheOneWordTheTopicUses() {
        // "rondkomen" is a synonym of the topic schulden: "ik kom niet rond" is how residents say it
        String answer = ask("ik kom niet rond");
        assertThat(titles(answer)).startsWith("Schulden? Samen verder");
        assertThat(answer).as("one word, searched exactly").contains("\"matched\":[[\"exact:rondkom\"]]");
        assertThat(titles(ask("hij kickt af"))).startsWith("AA-groep");
        assertThat(titles(ask("rond komen"))).startsWith("Schulden? Samen verder");
        // told in the past: a strong verb's past by its infinitive ("kwam" → "rondkomen")
        assertThat(ask("ik kwam niet rond")).contains("\"matched\":[[\"exact:rondkom\"]]");
        assertThat(titles(ask("wij kwamen niet rond"))).startsWith("Schulden? Samen verder");
        // a separable verb's participle is one word: "rond|ge|komen" is read as "rondkomen"
        assertThat(titles(ask("we zijn nooit rondgekomen"))).startsWith("Schulden? Samen verder");
        // a particle joins only what the index has as one word: "weg" and "kind" stay two words
        assertThat(titles(ask("kind weg"))).isEqualTo(titles(ask("kind")));
    }

    @Test
    void aVerbThatOnlyCarriesTheSentenceIsNotSearched() {
        // "zit" says nothing of the subject: the walking group's text says "zitten", and came with the debt group
        assertThat(titles(ask("ik zit in de schulden"))).containsExactly("Schulden? Samen verder");
        assertThat(ask("ik zit in de schulden")).contains("\"matched\":[[\"exact:schuld\"]]");
        assertThat(titles(ask("ik sta er alleen voor"))).isEqualTo(titles(ask("alleen")));
        assertThat(titles(ask("wij zaten diep in de schulden"))).containsExactly("Schulden? Samen verder");
        // on its own it is what the resident looks for
        assertThat(titles(ask("zitten"))).containsExactly("Samen wandelen");
        assertThat(titles(ask("zit"))).containsExactly("Samen wandelen");
    }

    @Test
    void theFormsAreIndexedAtTheWordsPositionSoTheFieldKeepsItsLength() {
        List<String> terms = ANALYSIS.terms(ANALYSIS.indexAnalyzer(List.of()), "kind verloren");
        // "verloor" has the participle's stem ("verlor"); the infinitive and the present do not
        assertThat(terms).containsExactly("kinder", "verlor", "verliez", "verlies", "verliest");
        assertThat(ANALYSIS.terms(ANALYSIS.queryAnalyzer(), "verloren")).as("queries are not expanded")
                .containsExactly("verlor");
        List<String> places = TokenPlaces.of(ANALYSIS.indexAnalyzer(List.of()), "kind verloren");
        assertThat(places).as("two positions").filteredOn(place -> !place.contains("@0:")).hasSize(2);
        assertThat(places).as("every form at the participle's place").contains("verliez@0:5-13", "verlies@0:5-13");
    }

    @Test
    void aVerbsPresentTenseWithTDoesNotBringTheOthers() {
        // "u drinkt een kopje koffie" is no text about drinking; "drinkt" only comes with the verb's other forms
        assertThat(VERBS.of("drinkt")).isEmpty();
        assertThat(VERBS.of("dronk")).contains("drinken", "dronken", "gedronken", "drink", "drinkt");
        assertThat(VERBS.of("vecht")).as("a stem in t is its own present").contains("vechten", "vocht")
                .doesNotContain("vechtt");
        assertThat(VERBS.of("slaan")).as("no stem where it is another word ('sla')")
                .contains("sloeg", "geslagen").doesNotContain("sla", "slat");
        assertThat(VERBS.of("drinkbeker")).isEmpty();
    }

    @Test
    void theListHoldsNoStopWordsAndNoShortForms() {
        List<String> stopWords = ANALYSIS.stopWords();
        assertThat(VERBS.forms()).isNotEmpty().noneMatch(stopWords::contains).allMatch(form -> form.length() >= 4);
        assertThatThrownBy(() -> StrongVerbs.parse(List.of("eten at aten gegeten eet")))
                .hasMessageContaining("'at' is shorter than 4 letters");
        assertThatThrownBy(() -> StrongVerbs.parse(List.of("drinken dronk dronken")))
                .hasMessageContaining("five forms expected");
    }

    private static String ask(String query) {
        return SearchAnswers.ask(site.out().resolve("noord/search"), query);
    }
}
