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
            "ik voel me alleen", "kanker dementie schulden", "rouw online dinsdag",
            // diminutives the texts lack find their nouns ("praatgroepje" → "praatgroep")
            "praatgroepje", "rouwgroepje", "lotgenotengroepje", "gespreksgroepjes", "kopje koffie", "etentje",
            "een groepje voor mantelzorgers", "groepje",
            // compounds the texts lack find the documents with both pieces ("kankergroep" → kanker + groep)
            "kankergroep", "borstkankergroep", "wandelgroepje", "diabetesgroep", "dementiecafe", "rouwgroepjes",
            "verslavingsgroep", "kankergroep roermond", "mantelzorggroep dinsdag", "ouderen", "eenzame ouderen",
            // a hyphenated word of the texts is indexed joined too ("burn-out" → "burnout")
            "burnout", "burn-out", "burnout werk", "emailadres", "e-mailadres",
            // two words of the texts are indexed joined too when Dutch writes them as one ("long covid")
            "longcovid", "long covid", "mantelzorg", "mantel zorg",
            // a plural with an apostrophe is the word itself
            "baby's", "oma's", "opa’s", "foto's",
            // verb forms; a strong verb's other vowels; a separable verb written apart ("kom ... rond": rondkomen)
            "mijn man gokt", "mijn vader dronk", "ik verloor mijn kind", "ik kom niet rond",
            "wij komen niet rond", "rond komen", "kom rond", "hij kickt af", "ik kwam niet rond", "wij kwamen niet rond",
            // groups about a subject the query names, lacking a word that names none ("zit"), or one that does
            "ik zit in de schulden", "ik zit met schulden", "financiele zorgen", "rouw kinderen", "ik zit in de put",
            // a light verb goes once the particles have joined theirs
            "ik zit in de rouw", "ik sta er alleen voor", "ik zit vast", "zitten", "wij zaten in de schulden");

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

    /**
     * A region of more than 64 documents (the sample's have fewer, so a generated network of one region with 150
     * groups) has no facet columns in index.json: the shards carry their documents' facet values and display
     * slots, and topic words their ten best documents' display data. The facet counts (over all results) and the
     * titles shown on the first page are still those of Lucene's answer, and so are the totals and the top ten.
     */
    @Test
    void aLargeRegionsShardsGiveLucenesFacetCountsAndTitles(@TempDir Path dir) throws java.io.IOException {
        Path site = dir.resolve("site");
        java.nio.file.Files.createDirectories(site);
        nl.kring.bench.CorpusOptions options = new nl.kring.bench.CorpusOptions(1, 3, 150, 30, 12, 1,
                nl.kring.bench.CorpusOptions.DEFAULT_START);
        new nl.kring.bench.CorpusGenerator(options).generate(site, Path.of("..", "themes", "default"));
        Path built = dir.resolve("dist");
        BuildOptions build = new BuildOptions(site, built, List.of(),
                new BuildTime.Local(nl.kring.bench.CorpusOptions.DEFAULT_START.atTime(12, 0)), true);
        assertThat(builder.build(build).succeeded()).isTrue();
        SiteBuilder.Loaded network = builder.load(new BuildOptions(site, built, List.of(), build.now(), false));
        int compared = 0;
        List<String> differences = new ArrayList<>();
        for (Region region : network.regions()) {
            Path search = built.resolve(region.id()).resolve("search");
            String entry = read(search.resolve("index.json"));
            if (!entry.contains("\"facetFile\"")) {
                continue;   // a small region: facets in index.json
            }
            assertThat(entry).doesNotContain("\"facets\"");
            List<String> queries = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            try (RegionSearchIndex index = builder.searchIndex(network, region)) {
                List<String> topics = region.topics().stream().map(nl.kring.model.Topic::slug).toList();
                for (String query : QUERIES) {
                    List<String> terms = index.queryTerms(query);
                    if (terms.isEmpty() || !terms.stream().allMatch(index::hasTerm)) {
                        continue;
                    }
                    SearchResult lucene = index.search(query, Integer.MAX_VALUE);
                    java.util.Map<String, java.util.TreeMap<String, Integer>> counts = new java.util.TreeMap<>();
                    for (SearchResult.Hit hit : lucene.hits()) {
                        SearchDocument d = hit.document();
                        count(counts, "type", d.type().code());
                        if (d.municipality() != null) {
                            count(counts, "municipality", d.municipality());
                        }
                        d.topics().stream().filter(topics::contains).forEach(t -> count(counts, "topic", t));
                        if ((d.formats() & 1) != 0) {
                            count(counts, "format", "location");
                        }
                        if ((d.formats() & 2) != 0) {
                            count(counts, "format", "online");
                        }
                        for (int day = 0; day < 7; day++) {
                            if ((d.days() & 1 << day) != 0) {
                                count(counts, "day", String.valueOf(day + 1));
                            }
                        }
                    }
                    queries.add(query);
                    expected.add(lucene.total() + " " + lucene.hits().stream().limit(10)
                            .map(h -> h.document().title()).toList() + " " + counts);
                }
            }
            List<String> browser = NodeScript.harness("firstPage", search, String.join("\n", queries) + "\n");
            for (int i = 0; i < queries.size(); i++) {
                String actual = browser.get(i);
                if (!actual.equals(expected.get(i))) {
                    differences.add(region.id() + " " + queries.get(i) + ":\n  Lucene  " + expected.get(i)
                            + "\n  browser " + actual);
                }
            }
            compared += queries.size();
        }
        assertThat(differences).isEmpty();
        assertThat(compared).as("queries compared in the generated region").isGreaterThanOrEqualTo(40);
    }

    private static void count(java.util.Map<String, java.util.TreeMap<String, Integer>> counts, String facet,
                              String value) {
        counts.computeIfAbsent(facet, f -> new java.util.TreeMap<>()).merge(value, 1, Integer::sum);
    }

    private static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
