package nl.kring.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.site.BuildOptions;
import nl.kring.site.BuildResult;
import nl.kring.site.SiteBuilder;
import nl.kring.testing.NodeScript;

/**
 * The search's quality on a judged set of queries: residents' queries over the sample content (region
 * roermond) with graded relevant documents, judged by reading the content ({@code judged-queries.tsv}). The
 * ranking measured is the browser's own: the shipped search.js under Node on the exported index.
 * <p>
 * nDCG@10 (gain 2^grade − 1, log2 discount) and recall@10 (judged documents in the top ten) must stay at
 * least {@link #FLOOR} and at least the figures of the previous commit ({@code judged-figures.properties})
 * minus {@link #SLACK}. When the figures improve, store the new ones there.
 */
class JudgedQueriesTest {

    static final double FLOOR = 0.95;
    static final double SLACK = 0.01;
    static final Path JUDGEMENTS = Path.of("src/test/resources/search/judged-queries.tsv");
    static final Path FIGURES = Path.of("src/test/resources/search/judged-figures.properties");
    static final String REGION = "roermond";
    private static final Map<String, String> SHORTHANDS = Map.of("g/", "roermond/groepen/",
            "v/", "roermond/verhalen/", "a/", "roermond/activiteiten/", "h/", "heerlen/groepen/");

    record Judged(String query, Map<String, Integer> grades) {
    }

    record Scored(String query, double ndcg, double recall, List<String> top) {
    }

    @TempDir
    static Path out;

    @Test
    void theBrowsersRankingMeetsTheJudgedQualityFigures() throws IOException {
        List<Judged> judged = judgements();
        assertThat(judged).as("judged queries").hasSizeGreaterThanOrEqualTo(60);

        Path root = Path.of("..").toAbsolutePath().normalize();
        BuildResult result = new SiteBuilder().build(new BuildOptions(root, out, List.of(REGION),
                SearchParityTest.NOW, true));
        assertThat(result.succeeded()).as("sample builds: %s", result.diagnostics()).isTrue();
        Path search = out.resolve(REGION).resolve("search");
        List<String> rankings = NodeScript.harness("ranking", search,
                String.join("\n", judged.stream().map(Judged::query).toList()) + "\n");
        List<String> allPaths = everyPath(search);

        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < judged.size(); i++) {
            Judged j = judged.get(i);
            assertThat(allPaths).as("judged documents of '%s' exist", j.query()).containsAll(j.grades().keySet());
            List<String> top = paths(rankings.get(i));
            scored.add(new Scored(j.query(), ndcg(top, j.grades()), recall(top, j.grades()), top));
        }
        double ndcg = scored.stream().mapToDouble(Scored::ndcg).average().orElseThrow();
        double recall = scored.stream().mapToDouble(Scored::recall).average().orElseThrow();

        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%d judged queries: nDCG@10 %.4f, recall@10 %.4f%nworst ten:%n", scored.size(), ndcg, recall));
        scored.stream().sorted(Comparator.comparingDouble(Scored::ndcg).thenComparingDouble(Scored::recall))
                .limit(10).forEach(s -> report.append(String.format(Locale.ROOT, "  %.3f %.3f  %-28s %s%n",
                        s.ndcg(), s.recall(), s.query(), s.top())));
        System.out.print(report);

        Properties previous = new Properties();
        try (var in = Files.newBufferedReader(FIGURES, StandardCharsets.UTF_8)) {
            previous.load(in);
        }
        double previousNdcg = Double.parseDouble(previous.getProperty("ndcg10"));
        double previousRecall = Double.parseDouble(previous.getProperty("recall10"));
        assertThat(ndcg).as("nDCG@10\n%s", report).isGreaterThanOrEqualTo(FLOOR)
                .isGreaterThanOrEqualTo(previousNdcg - SLACK);
        assertThat(recall).as("recall@10\n%s", report).isGreaterThanOrEqualTo(FLOOR)
                .isGreaterThanOrEqualTo(previousRecall - SLACK);
        if (ndcg > previousNdcg + SLACK / 2 || recall > previousRecall + SLACK / 2) {
            System.out.printf(Locale.ROOT, "the figures improved: store ndcg10=%.4f recall10=%.4f in %s%n",
                    ndcg, recall, FIGURES);
        }
    }

    /**
     * The first-search budget on the sample (docs/search.md, docs/performance.md): a fresh browser's first query
     * fetches search.js, index.json, the shards of its words (and, for a word the index lacks, one lexicon
     * bucket) and the display data of the ten results shown (in index.json itself for a region this small) —
     * under 40 kB compressed in at most 4 requests for one word, two words, a sentence and a typo.
     */
    @Test
    void aFirstSearchStaysWithinTheBudget() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path site = out.resolve("budget");
        BuildResult result = new SiteBuilder().build(new BuildOptions(root, site, List.of(REGION),
                SearchParityTest.NOW, true));
        assertThat(result.succeeded()).as("sample builds: %s", result.diagnostics()).isTrue();
        Path search = site.resolve(REGION).resolve("search");
        Path script;
        try (var files = Files.list(site.resolve(REGION).resolve("assets"))) {
            script = files.filter(f -> f.getFileName().toString().matches("search\\.[0-9a-f]+\\.js")).findFirst()
                    .orElseThrow();
        }
        List<String> queries = List.of("rouw", "kanker", "prostaat", "schulden", "dinsdag", "online", "dood",
                "mijn man is overleden", "mantelzorg dementie", "ik voel me alleen", "schulden rondkomen",
                "diabetis", "dementei", "kankr");
        List<String> fetched = NodeScript.harness("cost", search, String.join("\n", queries) + "\n");
        StringBuilder report = new StringBuilder("first search (gzip bytes, requests):\n");
        for (int i = 0; i < queries.size(); i++) {
            List<Path> files = new ArrayList<>(List.of(script, search.resolve("index.json")));
            paths(fetched.get(i)).forEach(name -> files.add(search.resolve(name)));
            long bytes = 0;
            for (Path file : files) {
                bytes += gzipped(Files.readAllBytes(file));
            }
            report.append(String.format(Locale.ROOT, "  %-24s %6d B  %d requests%n", queries.get(i), bytes, files.size()));
            // every typical first search: one word, two words in two shards, a sentence, a typo (its first letter's
            // terms in one shard)
            assertThat(bytes).as("%s\n%s", queries.get(i), report).isLessThan(40_000);
            assertThat(files).as("%s\n%s", queries.get(i), report).hasSizeLessThanOrEqualTo(4);
        }
        System.out.print(report);
    }

    private static long gzipped(byte[] bytes) throws IOException {
        java.io.ByteArrayOutputStream sink = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(sink)) {
            gzip.write(bytes);
        }
        return sink.size();
    }

    /** nDCG@10 with gains 2^grade − 1 and the ideal order of the judged grades. */
    static double ndcg(List<String> top, Map<String, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(10, top.size()); i++) {
            dcg += gain(grades.getOrDefault(top.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted(Comparator.reverseOrder()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(10, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 1 : dcg / idcg;
    }

    /** The share of the judged documents (at most ten) that are in the top ten. */
    static double recall(List<String> top, Map<String, Integer> grades) {
        long found = top.stream().limit(10).filter(grades::containsKey).count();
        return (double) found / Math.min(10, grades.size());
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    static List<Judged> judgements() throws IOException {
        List<Judged> judged = new ArrayList<>();
        for (String line : Files.readAllLines(JUDGEMENTS, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            Map<String, Integer> grades = new LinkedHashMap<>();
            for (String judgement : columns[1].trim().split(" +")) {
                int colon = judgement.indexOf(':');
                String path = judgement.substring(colon + 1);
                for (Map.Entry<String, String> shorthand : SHORTHANDS.entrySet()) {
                    if (path.startsWith(shorthand.getKey())) {
                        path = shorthand.getValue() + path.substring(shorthand.getKey().length());
                    }
                }
                grades.put(path.endsWith("/") ? path : path + "/", Integer.parseInt(judgement.substring(0, colon)));
            }
            judged.add(new Judged(columns[0], grades));
        }
        return judged;
    }

    private static List<String> paths(String json) {
        List<String> paths = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]*)\"").matcher(json);
        while (m.find()) {
            paths.add(m.group(1));
        }
        return paths;
    }

    private static List<String> everyPath(Path search) throws IOException {
        return paths(NodeScript.harness("paths", search, "").getFirst());
    }
}
