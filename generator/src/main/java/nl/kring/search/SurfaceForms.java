package nl.kring.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * For each term, the word (folded, lower case) that editors wrote most often for it: "bedoelde u
 * <em>groepen</em>" reads better than the stem "groep" would, and "verwerking" better than "verwerk".
 */
final class SurfaceForms {

    private SurfaceForms() {
    }

    static Map<String, String> of(DutchAnalysis analysis, List<SearchDocument> documents,
                                  Function<SearchDocument, List<String>> wordsOf) {
        Map<String, String> termOfWord = new HashMap<>();
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (SearchDocument document : documents) {
            for (String word : wordsOf.apply(document)) {
                String term = termOfWord.computeIfAbsent(word, w -> {
                    List<String> terms = analysis.terms(analysis.queryAnalyzer(), w);
                    return terms.size() == 1 ? terms.getFirst() : "";
                });
                if (!term.isEmpty()) {
                    counts.computeIfAbsent(term, t -> new TreeMap<>()).merge(word, 1, Integer::sum);
                }
            }
        }
        Map<String, String> surfaces = new HashMap<>();
        counts.forEach((term, words) -> surfaces.put(term, words.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .orElseThrow().getKey()));
        return surfaces;
    }
}
