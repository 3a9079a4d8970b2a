package nl.kring.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.region.Region;
import nl.kring.render.OutputFile;
import nl.kring.site.BuildOptions;
import nl.kring.site.BuildTime;
import nl.kring.site.SiteBuilder;
import nl.kring.source.MarkdownSyntax;
import nl.kring.testing.TestSite;

/**
 * The analysis of a text listed in several regions (an online group, a network page) is made once per build and
 * replayed into the other regions' indexes: each region's export is byte for byte the one it gets when its index
 * analyses every text itself.
 */
class SharedAnalysisTest {

    @TempDir
    static Path out;

    static SiteBuilder.Loaded sample;
    static final DutchAnalysis ANALYSIS = new DutchAnalysis();
    static final SearchIndexer INDEXER = new SearchIndexer(ANALYSIS, new MarkdownSyntax());

    @BeforeAll
    static void loadSample() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        sample = new SiteBuilder().load(new BuildOptions(root, out, List.of(), new BuildTime.Local(TestSite.NOW), false));
        assertThat(sample.failed()).as("sample loads: %s", sample.diagnostics().sorted()).isFalse();
    }

    private static Map<String, byte[]> export(Region region, SharedDocuments shared) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (OutputFile file : INDEXER.export(region, sample.messages(region), sample::municipalityName, null, shared)
                .files()) {
            files.put(file.path(), file.bytes());
        }
        return files;
    }

    @Test
    void everyRegionsExportIsTheSameWithTheAnalysesOfEarlierRegions() {
        SharedDocuments build = SharedDocuments.forOneBuild();
        for (Region region : sample.regions()) {
            Map<String, byte[]> reused = export(region, build);
            Map<String, byte[]> alone = export(region, SharedDocuments.forOneBuild());
            assertThat(reused.keySet()).as(region.id()).isEqualTo(alone.keySet());
            alone.forEach((path, bytes) -> assertThat(reused.get(path)).as(region.id() + " " + path).isEqualTo(bytes));
        }
        // the sample's online groups and network pages were analysed once and then replayed
        assertThat(build.analysedDocuments()).isPositive();
        assertThat(sample.regions()).hasSizeGreaterThan(1);
    }

    @Test
    void replayedTokensAreTheTokensOfTheAnalyzer() {
        var analyzer = ANALYSIS.indexAnalyzer(List.of("longcovid"));
        String text = "Lotgenotengroep borstkanker en prostaatkanker: praten over rouwverwerking, "
                + "mantelzorgers van mensen met dementie; financiële zorgen. Wij zijn er voor u en";
        AnalysedText analysed = AnalysedText.of(analyzer, SearchFields.BOOSTS.keySet().iterator().next(), text);
        assertThat(tokens(analysed.stream())).isEqualTo(
                tokens(analyzer.tokenStream(SearchFields.BOOSTS.keySet().iterator().next(), text)));
        assertThat(tokens(analysed.stream())).as("a second replay").isEqualTo(tokens(analysed.stream()));
    }

    /** Every token with its position increment and offsets, and the final offset and increment after end(). */
    private static List<String> tokens(org.apache.lucene.analysis.TokenStream stream) {
        List<String> tokens = new java.util.ArrayList<>();
        try (stream) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            var increment = stream.addAttribute(
                    org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            var offset = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + " +" + increment.getPositionIncrement() + " " + offset.startOffset() + "-"
                        + offset.endOffset());
            }
            stream.end();
            tokens.add("end +" + increment.getPositionIncrement() + " " + offset.endOffset());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return tokens;
    }
}
