package nl.kring.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.region.Region;
import nl.kring.site.BuildOptions;
import nl.kring.site.BuildResult;
import nl.kring.site.BuildTime;
import nl.kring.site.SiteBuilder;
import nl.kring.testing.NodeScript;
import nl.kring.testing.TestSite;

/**
 * The shipped search.js, run under Node on the exported index of the sample content, answers exact-term
 * queries with the same documents in the same order as Lucene's IndexSearcher (what {@code kring search}
 * prints), with the same number of matches and the same AND/OR decision.
 */
class SearchParityTest {

    /** Queries residents type; those with a word the region's index lacks are left to the fuzzy tests. */
    static final List<String> QUERIES = List.of(
            "rouw", "verlies", "rouwverwerking", "kanker", "borstkanker", "prostaatkanker", "jong en kanker",
            "schulden", "geldzorgen", "financiële zorgen", "financiele zorgen", "armoede", "rekeningen",
            "mantelzorg", "mantelzorger", "mantelzorg dementie", "dementie", "alzheimer", "partner dementie",
            "online", "op locatie", "dinsdag", "maandag", "woensdag", "donderdag", "vrijdag", "zaterdag",
            "avond", "ochtend", "depressie", "somberheid", "angst", "psychische klachten", "verslaving",
            "alcohol", "gokken", "autisme", "adhd", "ouders", "kinderen", "kind", "jongeren", "weduwe",
            "zelfdoding", "eenzaamheid", "werk", "ziekte", "chronisch ziek", "pijn", "diabetes", "hersenletsel",
            "opvoeden", "cultuur", "twee culturen", "lotgenoten", "lotgenotengroep", "zelfhulp", "vrijwilligers",
            "begeleiders", "training", "intervisie", "verwijzers", "huisarts", "aanmelden", "gratis", "koffie",
            "Roermond", "Heerlen", "Sittard", "Kerkrade", "samen aan tafel", "praten met mensen die het begrijpen",
            "hoe kan ik een groep starten", "wij zijn er voor jou", "Mijn man heeft dementie",
            "ik voel me alleen", "kanker dementie schulden", "rouw online dinsdag");

    static final BuildTime NOW = new BuildTime.Local(TestSite.NOW);

    @TempDir
    static Path out;

    static SiteBuilder builder = new SiteBuilder();
    static SiteBuilder.Loaded sample;

    @BeforeAll
    static void buildSample() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        BuildResult result = builder.build(new BuildOptions(root, out, List.of(), NOW, true));
        assertThat(result.succeeded()).as("sample builds: %s", result.diagnostics()).isTrue();
        sample = builder.load(new BuildOptions(root, out, List.of(), NOW, false));
    }

    @Test
    void browserAndLuceneGiveTheSameTopTenForEveryExactQuery() {
        int compared = 0;
        List<String> differences = new ArrayList<>();
        for (Region region : sample.regions()) {
            List<String> queries = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            try (RegionSearchIndex index = builder.searchIndex(sample, region)) {
                for (String query : QUERIES) {
                    List<String> terms = index.queryTerms(query);
                    if (terms.isEmpty() || !terms.stream().allMatch(index::hasTerm)) {
                        continue;
                    }
                    SearchResult lucene = index.search(query, 10);
                    queries.add(query);
                    expected.add(lucene.total() + " " + lucene.anyTerm() + " "
                            + lucene.hits().stream().map(SearchResult.Hit::doc).toList());
                }
            }
            List<String> browser = NodeScript.harness("search", out.resolve(region.id()).resolve("search"),
                    String.join("\n", queries) + "\n");
            for (int i = 0; i < queries.size(); i++) {
                String actual = summary(browser.get(i));
                if (!actual.equals(expected.get(i))) {
                    differences.add(region.id() + " '" + queries.get(i) + "': Lucene " + expected.get(i)
                            + ", browser " + actual);
                }
            }
            compared += queries.size();
        }
        assertThat(differences).isEmpty();
        assertThat(compared).as("queries compared over the sample's regions").isGreaterThanOrEqualTo(150);
    }

    private static final Pattern LINE = Pattern.compile(
            "\\{\"query\":.*,\"total\":(\\d+),\"anyTerm\":(true|false),\"top\":\\[(.*)]}");

    /** "total anyTerm [docs]" from the harness' JSON line. */
    private static String summary(String json) {
        Matcher m = LINE.matcher(json);
        assertThat(m.matches()).as(json).isTrue();
        List<Integer> docs = new ArrayList<>();
        Matcher pair = Pattern.compile("\\[(\\d+),[^]]*]").matcher(m.group(3));
        while (pair.find()) {
            docs.add(Integer.parseInt(pair.group(1)));
        }
        return m.group(1) + " " + m.group(2) + " " + docs;
    }
}
