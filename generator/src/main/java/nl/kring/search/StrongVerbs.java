package nl.kring.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Strong verbs indexed in all their forms: a text or topic that says "drinken" is also indexed as "dronk", "dronken"
 * and "gedronken", and a title "Ouders die een kind verloren" also as "verloor", "verliezen" and "verlies". Index only,
 * at the word's position (so a field's length, and with it every score, stays as it was).
 * <p>
 * Why: residents tell what happened in the past tense ("mijn vader dronk", "ik verloor mijn kind", "hij heeft mij
 * geslagen"), and a strong verb changes its vowel there, which neither Snowball nor the rules of {@link VerbForms}
 * bring back to the verb: "ik verloor mijn kind" led with groups for parents of children with ADHD (only "kind"
 * matched), "hij heeft gedronken" found nothing at all. The verbs are a short list ({@code strong-verbs-nl.txt}),
 * chosen for what residents look for here; the index carries the forms, so the browser needs no list and finds them
 * as any other word, with Lucene's own scores.
 */
final class StrongVerbs {

    static final String RESOURCE = "strong-verbs-nl.txt";
    /** Shorter forms ("at", "sla") are other words too often. */
    private static final int MIN_LETTERS = 4;

    /** For each form that brings the others: the other forms of its verb. */
    private final Map<String, List<String>> others;
    /** The same, looked up in a token's own letters: no string is made of the tokens that are no listed form. */
    private final CharArrayMap<List<String>> byLetters;
    /**
     * For each first letter a..z, the lengths of the listed forms that start with it, one bit each: most tokens are
     * turned away by two array reads, before the map hashes them (the filter sees every token of every text).
     */
    private final int[] lengthsByFirstLetter = new int[26];
    /** Whether a form starts with another letter than a..z (then those tokens all go to the map). */
    private final boolean otherFirstLetters;

    private StrongVerbs(Map<String, List<String>> others) {
        this.others = Map.copyOf(others);
        CharArrayMap<List<String>> map = new CharArrayMap<>(others.size(), false);
        map.putAll(others);
        this.byLetters = CharArrayMap.unmodifiableMap(map);
        boolean other = false;
        for (String form : others.keySet()) {
            int first = form.charAt(0) - 'a';
            if (first >= 0 && first < 26) {
                lengthsByFirstLetter[first] |= 1 << Math.min(form.length(), 31);
            } else {
                other = true;
            }
        }
        this.otherFirstLetters = other;
    }

    /** Whether a token may be a listed form, by its first letter and length alone. */
    private boolean mayBeAForm(char[] letters, int length) {
        int first = letters[0] - 'a';
        if (first < 0 || first >= 26) {
            return otherFirstLetters;
        }
        return (lengthsByFirstLetter[first] & 1 << Math.min(length, 31)) != 0;
    }

    /** The list in the jar. */
    static StrongVerbs bundled() {
        try (InputStream in = StrongVerbs.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the list's lines: {@code infinitive past-singular past-plural participle present-stem}, "#" comments.
     * Each form but the stem + t brings all the others; the stem + t ("drinkt") only comes with them, since a text
     * that offers "u drinkt een kopje koffie" is not about drinking.
     */
    static StrongVerbs parse(List<String> lines) {
        Map<String, Set<String>> others = new HashMap<>();
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] columns = text.split("\\s+");
            if (columns.length != 5) {
                throw new IllegalArgumentException(RESOURCE + ": five forms expected in '" + text + "'");
            }
            for (String column : columns) {
                if (!column.equals("-") && column.length() < MIN_LETTERS) {
                    throw new IllegalArgumentException(RESOURCE + ": '" + column + "' is shorter than "
                            + MIN_LETTERS + " letters");
                }
            }
            Set<String> bringing = new LinkedHashSet<>(List.of(columns).subList(0, 4));
            Set<String> all = new LinkedHashSet<>(bringing);
            String stem = columns[4];
            if (!stem.equals("-")) {
                bringing.add(stem);
                all.add(stem);
                all.add(stem.endsWith("t") ? stem : stem + "t");
            }
            for (String form : bringing) {
                Set<String> rest = others.computeIfAbsent(form, f -> new LinkedHashSet<>());
                for (String other : all) {
                    if (!other.equals(form)) {
                        rest.add(other);
                    }
                }
            }
        }
        Map<String, List<String>> lists = new HashMap<>();
        others.forEach((form, rest) -> lists.put(form, List.copyOf(rest)));
        return new StrongVerbs(lists);
    }

    /** The other forms indexed with a folded, lower-case word; empty for a word that is no listed verb's form. */
    List<String> of(String word) {
        return others.getOrDefault(word, List.of());
    }

    /** Every form that brings others, for the checks of the list. */
    Set<String> forms() {
        return others.keySet();
    }

    /** Every form the filter may add, the stem + t included. */
    Set<String> addedForms() {
        Set<String> all = new java.util.TreeSet<>();
        others.values().forEach(all::addAll);
        return all;
    }

    /** The token filter: each listed form is followed by its verb's other forms, at the same position. */
    TokenStream filter(TokenStream input) {
        return new AtTheSamePosition(input) {
            @Override
            protected List<String> alsoAt(CharTermAttribute token) {
                List<String> forms = token.length() < MIN_LETTERS || !mayBeAForm(token.buffer(), token.length())
                        ? null : byLetters.get(token.buffer(), 0, token.length());
                return forms == null ? List.of() : forms;
            }
        };
    }
}
