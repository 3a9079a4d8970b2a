package nl.kring.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * Two words a text writes apart are indexed joined too when the joined word is a word of the topics (as residents
 * type it); only when they stand side by side.
 */
class JoinedWordsTest {

    static final DutchAnalysis ANALYSIS = new DutchAnalysis();
    /** The words of the topics' names and synonyms, as editors wrote them. */
    static final Analyzer INDEX = ANALYSIS.indexAnalyzer(List.of("longcovid", "Rouwverwerking", "mantelzorg",
            "huiswerk", "burnout"));

    @Test
    void twoWordsSideBySideAreAlsoIndexedAsTheOneWordTheyMake() {
        assertThat(ANALYSIS.terms(INDEX, "Long covid en vermoeidheid")).contains("long", "covid", "longcovid");
        assertThat(ANALYSIS.terms(INDEX, "hulp bij rouw verwerking")).contains("rouw", "verwerk", "rouwverwerk");
        assertThat(ANALYSIS.terms(INDEX, "steun bij mantel zorg")).contains("mantelzorg");
        assertThat(ANALYSIS.terms(INDEX, "steun bij mantel\nzorg")).as("a line break is a space").contains("mantelzorg");
    }

    @Test
    void onlyWordsSideBySideJoin() {
        assertThat(ANALYSIS.terms(INDEX, "Hij ging naar huis. Werk vond hij niet.")).as("a sentence ends between")
                .doesNotContain("huiswerk");
        assertThat(ANALYSIS.terms(INDEX, "naar huis, werk")).doesNotContain("huiswerk");
        assertThat(ANALYSIS.terms(INDEX, "thuis en werk")).as("a stop word between").doesNotContain("thuiswerk");
        assertThat(ANALYSIS.terms(INDEX, "long 19 covid")).doesNotContain("longcovid");
        assertThat(ANALYSIS.terms(INDEX, "groene rode appels")).as("no word: nothing joined")
                .containsExactly("groen", "rod", "appel");
        assertThat(ANALYSIS.terms(INDEX, "zorg verlof")).as("a word of the lexicon, but of no topic")
                .containsExactly("zorg", "verlof");
        assertThat(ANALYSIS.terms(INDEX, "burn out")).contains("burnout");
    }

    @Test
    void theJoinedWordTakesTheSecondWordsPlaceAndTheTextIsOtherwiseAsBefore() {
        assertThat(tokens("bij long covid")).containsExactly("long@2:4-8", "covid@1:9-14", "longcovid@0:9-14");
        // a compound's pieces and a hyphenated word are as they were; a piece is never joined with the next word
        assertThat(tokens("borstkanker lotgenoten")).containsExactly("borstkanker@1:0-11", "borst@0:0-11",
                "kanker@0:0-11", "lotgenot@1:12-22");
    }

    @Test
    void aQueryIsSearchedAsTyped() {
        assertThat(ANALYSIS.terms(ANALYSIS.queryAnalyzer(), "long covid")).containsExactly("long", "covid");
        assertThat(ANALYSIS.terms(ANALYSIS.queryAnalyzer(), "longcovid")).containsExactly("longcovid");
    }

    private static List<String> tokens(String text) {
        return TokenPlaces.of(INDEX, text);
    }
}
