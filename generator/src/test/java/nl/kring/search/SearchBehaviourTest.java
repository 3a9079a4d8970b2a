package nl.kring.search;

import static nl.kring.search.SearchAnswers.field;
import static nl.kring.search.SearchAnswers.titles;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.testing.TestSite;

/**
 * What a resident gets from the browser search (search.js under Node on a fixture site's export):
 * compounds, prefixes while typing, typo tolerance with "did you mean", the OR fallback, facets and browsing.
 */
class SearchBehaviourTest {

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
                  synonyms: [rouwverwerking, verdriet]
                - slug: schulden
                  name: Geldzorgen en schulden
                  description: Voor wie geldzorgen heeft.
                - slug: kanker
                  name: Kanker
                  description: Voor wie kanker heeft of had.
                - slug: diabetes
                  name: Diabetes
                  description: Leven met suikerziekte.
                - slug: mantelzorg
                  name: Mantelzorg
                  description: Voor wie zorgt voor een naaste.
                  synonyms: [zorgen]
                """);
        site.write("content/roermond/groups/borstkanker.md", group("Lotgenotengroep Borstkanker", "kanker",
                "format: in-person\nschedule:\n  days: [tuesday]\n  start: \"19:30\"\n" + LOCATION,
                "Voor vrouwen die borstkanker hebben of hadden."));
        site.write("content/roermond/groups/prostaatkanker.md", group("Mannengroep prostaatkanker online", "kanker",
                "format: online\n", "Mannen praten over prostaatkanker en behandeling."));
        site.write("content/roermond/groups/diabetes.md", group("Diabetes praatgroep", "diabetes",
                "format: in-person\nschedule:\n  rrule: FREQ=MONTHLY;BYDAY=2TH\n  start: \"10:00\"\n" + LOCATION,
                "Tips over eten, bewegen en medicijnen bij diabetes. Wie zorgt voor de koffie?"));
        site.write("content/roermond/groups/mantelzorg.md", group("Mantelzorgcafé", "mantelzorg",
                "format: hybrid\nschedule:\n  days: [monday]\n  start: \"14:00\"\n" + LOCATION,
                "Voor partners van mensen met dementie."));
        site.write("content/roermond/groups/zelfdoding.md", group("Rouwverwerking na zelfdoding", "rouw",
                "format: in-person\n" + LOCATION, "Voor nabestaanden."));
        assertThat(site.build().succeeded()).as("%s", site.problems()).isTrue();
    }

    static final String LOCATION = """
            location:
              name: Wijkcentrum De Brug
              address: Voorbeeldstraat 12
              postcode: 6041 AB
              city: Roermond
            """;

    static String group(String name, String topic, String extra, String body) {
        return """
                ---
                name: %s
                topics: [%s]
                summary: Een lotgenotengroep.
                when: Zie de agenda
                %scontact:
                  name: Anna
                  email: anna@example.org
                facilitators: 2
                updated: 2026-10-01
                ---
                %s
                """.formatted(name, topic, extra, body);
    }

    @Test
    void aWordFindsTheCompoundsItIsPartOf() {
        assertThat(titles(ask("kanker"))).containsExactlyInAnyOrder("Lotgenotengroep Borstkanker",
                "Mannengroep prostaatkanker online");
        assertThat(titles(ask("rouw"))).contains("Rouwverwerking na zelfdoding", "Rouwgroep Roermond");
    }

    @Test
    void whileTypingTheLastWordAlsoMatchesAsAPrefix() {
        assertThat(titles(ask("{\"q\":\"prostaa\",\"typing\":true}"))).containsExactly("Mannengroep prostaatkanker online");
        assertThat(ask("{\"q\":\"prostaa\",\"typing\":true}")).contains("\"prefix:prostaatkanker\"");
        // submitted, "prostaa" is a whole word: no prefix match, only the typo match of the compound's piece "prostaat"
        assertThat(ask("{\"q\":\"prostaa\"}")).as("a submitted word is a whole word").doesNotContain("prefix:")
                .contains("\"fuzzy:prostat\"");
        assertThat(field(ask("{\"q\":\"pr\",\"typing\":true}"), "total")).as("prefixes need 3 letters").isEqualTo("0");
    }

    @Test
    void aMisspelledWordFindsTheNearestWordAndSuggestsIt() {
        String answer = ask("diabetis");
        assertThat(titles(answer)).containsExactly("Diabetes praatgroep");
        assertThat(field(answer, "suggestion")).isEqualTo("\"diabetes\"");
        assertThat(answer).contains("\"tiers\":[1]", "\"fuzzy:diabetes\"");
        assertThat(field(ask("mantelzorgcafe"), "suggestion")).as("known words get no suggestion").isEqualTo("null");
    }

    @Test
    void aDiminutiveTheTextsLackFindsItsNoun() {
        // residents write "praatgroepje"; the texts say "praatgroep" (Snowball leaves the -je on: "praatgroepj")
        String answer = ask("praatgroepje");
        assertThat(titles(answer)).containsExactly("Diabetes praatgroep");
        assertThat(answer).contains("\"exact:praatgroep\"", "\"tiers\":[0]");
        assertThat(field(answer, "suggestion")).as("a word in another form is no typo").isEqualTo("null");
        assertThat(titles(ask("mannengroepjes"))).containsExactly("Mannengroep prostaatkanker online");
        // "groepje" is a filler like "groep": what the resident looks for is the rest
        assertThat(titles(ask("een groepje voor mantelzorg"))).containsExactly("Mantelzorgcafé");
    }

    @Test
    void anAdjectiveTheTextsLackFindsTheNounItNames() {
        // residents describe a person ("mijn moeder is dement"); the texts name the illness ("dementie")
        String answer = ask("dement");
        assertThat(titles(answer)).containsExactly("Mantelzorgcafé");
        assertThat(answer).contains("\"exact:dementie\"", "\"tiers\":[0]");
        assertThat(field(answer, "suggestion")).as("a word in another form is no typo").isEqualTo("null");
        // "verdriet" is a synonym of the grief topic: its groups lead, as when the noun itself is typed
        assertThat(titles(ask("ik ben zo verdrietig"))).isEqualTo(titles(ask("ik ben zo verdriet")))
                .contains("Rouwverwerking na zelfdoding");
        // a present participle: "rouwende ouders" are looking for the grief groups
        assertThat(titles(ask("rouwend"))).isEqualTo(titles(ask("rouw"))).contains("Rouwgroep Roermond");
    }

    @Test
    void aVerbFormTheTextsLackFindsTheInfinitiveTheyUse() {
        // residents say what someone does ("hij beweegt"); the texts use the infinitive ("bewegen")
        String answer = ask("hij beweegt");
        assertThat(titles(answer)).containsExactly("Diabetes praatgroep");
        assertThat(answer).contains("\"tiers\":[0]");
        assertThat(field(answer, "suggestion")).as("a verb form is no typo").isEqualTo("null");
        // the first person ("ik eet"), whose infinitive writes the long vowel once ("eten")
        assertThat(titles(ask("wat eet ik"))).containsExactly("Diabetes praatgroep");
        // a participle without ge- finds the noun of the same stem ("behandeling")
        assertThat(titles(ask("hij wordt behandeld"))).containsExactly("Mannengroep prostaatkanker online");
        // a past tense ("zorgde": the stem is the noun inside "mantelzorg"), and a participle with ge-
        assertThat(titles(ask("zorgde"))).isEqualTo(titles(ask("zorg"))).containsExactly("Mantelzorgcafé");
        assertThat(titles(ask("gepraat"))).isEqualTo(titles(ask("praten"))).isNotEmpty();
    }

    @Test
    void aTopicsVerbIsFoundInTheFormsResidentsType() {
        // "zorgen" is a synonym of the topic mantelzorg; a text elsewhere says "zorgt" (who brings the coffee)
        List<String> found = titles(ask("zorgt"));
        assertThat(found).as("the topic's groups first, the text that has the word too")
                .containsExactly("Mantelzorgcafé", "Diabetes praatgroep");
        assertThat(titles(ask("gezorgd"))).containsExactly("Mantelzorgcafé");
        assertThat(field(ask("gezorgd"), "suggestion")).isEqualTo("null");
    }

    @Test
    void aCompoundTheTextsLackFindsTheDocumentsWithBothItsPieces() {
        // nobody wrote "kankergroep"; the texts have "kanker" and "groep" (inside borstkanker, lotgenotengroep)
        String answer = ask("kankergroep");
        assertThat(titles(answer)).containsExactlyInAnyOrder("Lotgenotengroep Borstkanker",
                "Mannengroep prostaatkanker online");
        assertThat(answer).contains("[\"exact:kanker\",\"exact:groep\"]", "\"tiers\":[0,0]");
        assertThat(field(answer, "suggestion")).isEqualTo("null");
        // a linking -s- between the pieces, and a diminutive whose noun is such a compound
        assertThat(titles(ask("rouwverwerkingsgroep"))).as("rouwverwerking is also the grief topic's synonym")
                .containsExactlyInAnyOrder("Rouwverwerking na zelfdoding", "Rouwgroep Roermond");
        assertThat(titles(ask("diabetesgroepje"))).containsExactly("Diabetes praatgroep");
        // a document needs both pieces: "kanker" alone does not make a diabetes group a "diabetesgroep"
        assertThat(titles(ask("diabeteskanker"))).isEmpty();
    }

    @Test
    void exactMatchesRankAboveTypoMatches() {
        // "kanker" is a word of the index; "kankr" is one letter off and matches as typo only
        String answer = ask("kankr");
        assertThat(field(answer, "suggestion")).isEqualTo("\"kanker\"");
        assertThat(answer).contains("\"tiers\":[1,1]");
    }

    @Test
    void whenNoDocumentHasAllWordsAnyWordCounts() {
        String answer = ask("mantelzorg xylofoon");
        assertThat(field(answer, "anyTerm")).isEqualTo("true");
        assertThat(titles(answer)).containsExactly("Mantelzorgcafé");
        assertThat(field(ask("mantelzorg dementie"), "anyTerm")).isEqualTo("false");
    }

    @Test
    void facetsCountTheResultsAndNarrowThem() {
        String answer = ask("kanker");
        assertThat(answer).contains("\"format\":{\"location\":1,\"online\":1}", "\"type\":{\"group\":2}",
                "\"day\":{\"2\":1}", "\"topic\":{\"kanker\":2}");
        String online = ask("{\"q\":\"kanker\",\"filters\":{\"format\":[\"online\"]}}");
        assertThat(titles(online)).containsExactly("Mannengroep prostaatkanker online");
        assertThat(online).as("a facet's own counts ignore its own filter")
                .contains("\"format\":{\"location\":1,\"online\":1}");
    }

    @Test
    void aFacetsCountsApplyTheOtherFacetsFiltersNotItsOwn() {
        // "kanker": a group meeting on Tuesdays at a place, and an online group without a weekday
        String answer = ask("{\"q\":\"kanker\",\"filters\":{\"format\":[\"online\"],\"day\":[\"2\"]}}");
        assertThat(titles(answer)).as("no group is both online and on Tuesdays").isEmpty();
        assertThat(answer).as("the Tuesday group would be found with the place filter instead of online")
                .contains("\"format\":{\"location\":1}");
        assertThat(answer).as("the online group has no weekday; neither group passes both filters")
                .contains("\"day\":{}", "\"type\":{}", "\"topic\":{}");
    }

    @Test
    void anEmptyQueryWithAFacetBrowses() {
        assertThat(titles(ask("{\"q\":\"\",\"filters\":{\"day\":[\"4\"]}}"))).as("second Thursday (rrule)")
                .containsExactly("Diabetes praatgroep");
        assertThat(titles(ask("{\"q\":\"\",\"filters\":{\"format\":[\"online\"]}}"))).as("online and hybrid")
                .containsExactlyInAnyOrder("Mannengroep prostaatkanker online", "Mantelzorgcafé");
        assertThat(field(ask(""), "total")).as("no query, no facet: nothing to show").isEqualTo("0");
    }

    @Test
    void weekdaysAndMeetingFormatsAreSearchable() {
        assertThat(titles(ask("dinsdag"))).contains("Lotgenotengroep Borstkanker");
        assertThat(titles(ask("online"))).first().isEqualTo("Mannengroep prostaatkanker online");
    }

    @Test
    void stopWordsAloneFindNothing() {
        assertThat(field(ask("wat is het"), "total")).isEqualTo("0");
    }

    private static String ask(String query) {
        return SearchAnswers.ask(site.out().resolve("noord/search"), query);
    }
}
