package nl.kring.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * For each term, the word (folded, lower case) that editors wrote most often for it: "bedoelde u
 * <em>groepen</em>" reads better than the stem "groep" would, and "verwerking" better than "verwerk".
 * Of words written equally often, the first in alphabetical order.
 */
final class SurfaceForms {

    private SurfaceForms() {
    }

    /**
     * @param termOf the one term the query analyzer makes of a word, or "" when it makes none or several (the
     *               same for every region: a build asks it once per word)
     */
    static Map<String, String> of(List<SearchDocument> documents, Function<SearchDocument, List<String>> wordsOf,
                                  Function<String, String> termOf) {
        Map<String, int[]> counts = new HashMap<>();
        for (SearchDocument document : documents) {
            for (String word : wordsOf.apply(document)) {
                counts.computeIfAbsent(word, w -> new int[1])[0]++;
            }
        }
        Map<String, String> surfaces = new HashMap<>();
        Map<String, Integer> surfaceCounts = new HashMap<>();
        counts.forEach((word, count) -> {
            String term = termOf.apply(word);
            if (term.isEmpty()) {
                return;
            }
            String before = surfaces.get(term);
            int beforeCount = before == null ? 0 : surfaceCounts.get(term);
            if (before == null || count[0] > beforeCount || count[0] == beforeCount && word.compareTo(before) < 0) {
                surfaces.put(term, word);
                surfaceCounts.put(term, count[0]);
            }
        });
        return surfaces;
    }

    /**
     * {@code surfaces} with a word for each term of {@code addedWords} that no document writes: the index analysis
     * adds forms at a word's place ("gedronken" with "drinken"), and a "did you mean" should offer the word, not its
     * stem ("gedronk"). Of several words with one term, the first in alphabetical order.
     */
    static Map<String, String> withAddedWords(Map<String, String> surfaces, List<String> addedWords,
                                              Function<String, String> termOf) {
        Map<String, String> all = new HashMap<>(surfaces);
        for (String word : addedWords.stream().sorted().toList()) {
            String term = termOf.apply(word);
            if (!term.isEmpty()) {
                all.putIfAbsent(term, word);
            }
        }
        return all;
    }
}
