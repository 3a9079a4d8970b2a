package nl.kring.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.testing.NodeScript;
import nl.kring.text.Json;

/** The browser's analyzer (search.js under Node) turns every word into exactly Lucene's terms. */
class AnalysisParityTest {

    private final DutchAnalysis analysis = new DutchAnalysis();

    @Test
    void everyWordOfSnowballsDutchVocabularyGivesLucenesTerms(@TempDir Path dir) throws IOException {
        List<String> words = vocabulary();
        assertThat(words).hasSize(45_670);
        assertSameTerms(dir, words);
    }

    @Test
    void sentencesWithCapitalsAccentsPunctuationAndStopWords(@TempDir Path dir) throws IOException {
        assertSameTerms(dir, List.of(
                "Mijn man heeft dementie",
                "Financiële zorgen? Schulden!",
                "ROUWVERWERKING na het overlijden van je kind",
                "Café Ærø: naïeve coördinatie, één keer per maand (’s avonds)",
                "zo'n groep, e-mail: info@example.org, 19.30 uur, 06-12345678",
                "Ĳsselmonde İstanbul ΣΟΦΙΑ Straße œuvre ﬁets",
                "kinderen eieren fietsen bromfietsen lotgenotengroepen mantelzorgers",
                "heden mogelijkheden vriendelijkheid beoordeling duidelijk betaalbaar"));
    }

    @Test
    void theChainSplitsCompoundsOnlyWhenIndexing() {
        var dictionary = new org.apache.lucene.analysis.CharArraySet(List.of("borst", "kanker", "rouw", "verwerking"), false);
        assertThat(analysis.terms(analysis.indexAnalyzer(dictionary), "Borstkanker en rouwverwerking"))
                .containsExactly("borstkanker", "borst", "kanker", "rouwverwerk", "rouw", "verwerk");
        assertThat(analysis.terms(analysis.queryAnalyzer(), "Borstkanker en rouwverwerking"))
                .containsExactly("borstkanker", "rouwverwerk");
    }

    private void assertSameTerms(Path dir, List<String> words) throws IOException {
        Path tables = dir.resolve("tables.json");
        Files.writeString(tables, tablesJson(), StandardCharsets.UTF_8);
        List<String> browser = NodeScript.harness("analyze", tables, String.join("\n", words) + "\n");
        assertThat(browser).hasSize(words.size());
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String lucene = String.join(" ", analysis.terms(analysis.queryAnalyzer(), words.get(i)));
            if (!lucene.equals(browser.get(i))) {
                differences.add(words.get(i) + ": Lucene [" + lucene + "], browser [" + browser.get(i) + "]");
            }
        }
        assertThat(differences).as("%d of %d differ", differences.size(), words.size()).isEmpty();
    }

    private String tablesJson() {
        StringBuilder json = new StringBuilder("{\"stopWords\":[");
        json.append(String.join(",", analysis.stopWords().stream().map(Json::quote).toList())).append("],");
        json.append("\"stemOverrides\":{").append(String.join(",", analysis.stemOverrides().entrySet().stream()
                .map(e -> Json.quote(e.getKey()) + ":" + Json.quote(e.getValue())).toList())).append("},");
        json.append("\"folding\":{").append(String.join(",", analysis.foldingTable().entrySet().stream()
                .map(e -> Json.quote(e.getKey()) + ":" + Json.quote(e.getValue())).toList())).append("}}");
        return json.toString();
    }

    /** Snowball's Dutch test vocabulary (snowballstem.org, BSD licence), one word per line. */
    private static List<String> vocabulary() throws IOException {
        try (InputStream in = new GZIPInputStream(
                Files.newInputStream(Path.of("src/test/resources/search/snowball-dutch-voc.txt.gz")))) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }
}
