package nl.kring.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The forms a topic's verb is indexed in besides the word editors wrote: the forms residents type, those the Dutch
 * lexicon knows.
 */
class TopicVerbFormsTest {

    private static final DutchAnalysis ANALYSIS = new DutchAnalysis();

    private final TopicVerbForms forms = ANALYSIS.topicVerbForms(List.of("drinken", "gokken", "zorgen", "roken",
            "bewegen", "leven", "reizen", "piekeren", "pesten", "Rouw en verlies", "stoppen met roken"));

    @Test
    void aTopicsVerbHasTheFormsTheLexiconKnows() {
        assertThat(forms.of("drinken")).contains("drinkt").doesNotContain("gedrinkt", "drinkte", "drinken");
        assertThat(forms.of("gokken")).contains("gokt", "gokte", "gegokt");
        assertThat(forms.of("zorgen")).contains("zorgt", "zorgde", "gezorgd").doesNotContain("zorgte", "gezorgt");
        assertThat(forms.of("roken")).contains("rookt", "rookte", "gerookt");
        assertThat(forms.of("bewegen")).contains("beweegt").doesNotContain("bewegt");
        assertThat(forms.of("leven")).contains("leeft", "leefde", "geleefd").doesNotContain("levt", "leevt");
        assertThat(forms.of("reizen")).contains("reist", "reisde", "gereisd");
        assertThat(forms.of("piekeren")).contains("piekert", "piekerde", "gepiekerd").doesNotContain("piekeert");
        assertThat(forms.of("pesten")).contains("pest", "pestte", "gepest").doesNotContain("pestt");
        assertThat(forms.of("stoppen")).as("the words of a synonym of several words").contains("stopt", "gestopt");
    }

    @Test
    void otherWordsHaveNone() {
        assertThat(forms.of("rouw")).isEmpty();
        assertThat(forms.of("verlies")).isEmpty();
        assertThat(forms.of("lopen")).as("no topic's word").isEmpty();
        assertThat(VerbForms.conjugations("en")).isEmpty();
        assertThat(VerbForms.conjugations("19.30")).isEmpty();
    }

    @Test
    void theFormsAreIndexedAtTheVerbsPositionSoTheFieldKeepsItsLength() {
        List<String> terms = ANALYSIS.terms(ANALYSIS.indexAnalyzer(List.of("drinken")), "Stoppen met drinken");
        assertThat(terms).contains("drink", "drinkt");
        assertThat(ANALYSIS.terms(ANALYSIS.queryAnalyzer(), "drinkt")).containsExactly("drinkt");
        assertThat(ANALYSIS.terms(ANALYSIS.indexAnalyzer(List.of("rouw")), "Stoppen met gokken"))
                .as("not a topic's verb: as before").doesNotContain("gokt");
    }
}
