package nl.kring.source;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.kring.message.Message;

/** "Did you mean …?" for misspelt field names, values and references. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The closest candidate within a small edit distance (about a third of the word), if any. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, lower.length() / 3);
        return candidates.stream()
                .filter(c -> distance(lower, c.toLowerCase(Locale.ROOT)) <= limit)
                .min(Comparator.comparingInt((String c) -> distance(lower, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** " — bedoelt u 'x'?" (key {@code suggestion.didYouMean}) or nothing (key {@code suggestion.none}). */
    public static Message hint(String word, Collection<String> candidates) {
        return closest(word, candidates).map(Suggestions::didYouMean).orElse(NONE);
    }

    /**
     * Like {@link #hint(String, Collection)}, but a word in {@code synonyms} (lowercase, e.g. the Dutch
     * {@code vol} for {@code full}) suggests the value it stands for, before any spelling suggestion.
     */
    public static Message hint(String word, Collection<String> candidates, Map<String, String> synonyms) {
        String meant = synonyms.get(word.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        return meant != null ? didYouMean(meant) : hint(word, candidates);
    }

    /** The suggestion for a known right value. */
    public static Message didYouMean(String value) {
        return Message.of("suggestion.didYouMean", value);
    }

    /** No suggestion: renders as nothing. */
    public static final Message NONE = Message.of("suggestion.none");

    /** Optimal string alignment distance: like Levenshtein, with swapped neighbours as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
