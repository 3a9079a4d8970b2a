package nl.kring.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * A word written with a hyphen is indexed in its pieces and joined, as residents type it either way; a query keeps
 * what was typed.
 */
class HyphenatedWordsTest {

    static final DutchAnalysis ANALYSIS = new DutchAnalysis();
    static final Analyzer INDEX = ANALYSIS.indexAnalyzer(List.of());

    @Test
    void aHyphenatedWordIsIndexedInItsPiecesAndJoined() {
        assertThat(ANALYSIS.terms(INDEX, "Burn-out herstelcirkel")).startsWith("burnout", "burn", "out")
                .contains("herstelcirkel");
        assertThat(ANALYSIS.terms(INDEX, "uw e-mailadres")).contains("emailadres", "e", "mailadres");
        assertThat(ANALYSIS.terms(INDEX, "een ex-partner")).contains("expartner", "partner");
        assertThat(ANALYSIS.terms(INDEX, "Sittard-Geleen")).contains("sittardgelen", "sittard", "gelen");
        assertThat(ANALYSIS.terms(INDEX, "Sint-Maartens-gasthuis")).contains("sintmaartensgasthuis", "sint",
                "maarten", "gasthuis");
    }

    @Test
    void onlyLettersJoinAndOtherTextStaysAsItWas() {
        assertThat(ANALYSIS.terms(INDEX, "covid-19")).containsExactly("covid", "19");
        assertThat(ANALYSIS.terms(INDEX, "van 19.30-21.30 uur")).doesNotContain("19302130");
        assertThat(ANALYSIS.terms(INDEX, "burn - out")).doesNotContain("burnout");
        assertThat(ANALYSIS.terms(INDEX, "lotgenoten- en praatgroepen")).doesNotContain("lotgenotenen");
        // a stop word among the pieces leaves the joined word, as residents write it together
        assertThat(ANALYSIS.terms(INDEX, "niet-aangeboren hersenletsel")).contains("nietaangebor", "aangebor")
                .doesNotContain("niet");
    }

    @Test
    void theJoinedWordSpansTheWordAndThePiecesKeepTheirPlaces() {
        // the pieces keep the places the tokenizer gave them; no offset goes backwards, which Lucene refuses
        List<String> tokens = TokenPlaces.of(INDEX, "Bij burn-out helpt praten");
        assertThat(tokens).startsWith("burnout@2:4-12", "burn@0:4-8", "out@1:9-12");
    }

    @Test
    void aQueryIsSearchedAsTyped() {
        assertThat(ANALYSIS.terms(ANALYSIS.queryAnalyzer(), "burn-out")).containsExactly("burn", "out");
        assertThat(ANALYSIS.terms(ANALYSIS.queryAnalyzer(), "burnout")).containsExactly("burnout");
    }
}
