package nl.kring.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words a Dutch diminutive can be made from: "groepje" → "groep", "praatgroepjes" → "praatgroep", "stoeltje"
 * → "stoel", "balletje" → "bal", "bloempje" → "bloem", "koninkje" → "koning", "autootje" → "auto".
 * <p>
 * Residents write diminutives all the time ("een praatgroepje", "een kopje koffie"), texts mostly the plain
 * noun, and the Snowball stemmer leaves the suffix on ("groepje" → "groepj"). Which suffix a word carries cannot
 * be told from its letters alone: "kaartje" is kaart + je, "paartje" paar + tje. So this gives every base the
 * Dutch diminutive rules allow, most literal first, and the search takes the first whose term its index holds
 * (the region's own texts decide). Only for a query word whose own term the index lacks, so nothing that was
 * found before changes; the index itself is not touched. search.js has the same rules
 * ({@code diminutiveBases}), held to these by {@code AnalysisParityTest}.
 */
final class Diminutives {

    /** Shorter bases ("po" of "potje") are no words a search should look for. */
    private static final int MIN_BASE = 3;

    private Diminutives() {
    }

    /** The possible bases of a folded, lower-case word, in order of preference; empty when it is no diminutive. */
    static List<String> bases(String word) {
        if (!isPlainWord(word)) {
            return List.of();
        }
        String singular = word.endsWith("jes") ? word.substring(0, word.length() - 1) : word;
        if (singular.length() < 5 || !singular.endsWith("je")) {
            return List.of();
        }
        String stem = singular.substring(0, singular.length() - 2);
        Set<String> bases = new LinkedHashSet<>();
        bases.add(stem);                                                    // groep|je, kaart|je, huis|je
        if (stem.endsWith("t")) {
            String base = stem.substring(0, stem.length() - 1);
            bases.add(base);                                                // stoel|tje, vrouw|tje, kamer|tje
            if (endsWithDoubledVowel(base)) {
                bases.add(base.substring(0, base.length() - 1));            // auto|otje, cafe|etje
            }
        }
        if (stem.endsWith("et")) {
            String base = stem.substring(0, stem.length() - 2);
            if (base.length() >= 2 && base.charAt(base.length() - 1) == base.charAt(base.length() - 2)
                    && !isVowel(base.charAt(base.length() - 1))) {
                bases.add(base.substring(0, base.length() - 1));            // bal|letje, man|netje, kar|retje
            } else if (base.endsWith("ng")) {
                bases.add(base);                                            // ring|etje
            }
        }
        if (stem.endsWith("mp")) {
            bases.add(stem.substring(0, stem.length() - 1));                // bloem|pje, boom|pje
        }
        if (stem.endsWith("ink")) {
            bases.add(stem.substring(0, stem.length() - 1) + "g");          // konin|kje, wonin|kje
        }
        List<String> result = new ArrayList<>();
        for (String base : bases) {
            if (base.length() >= MIN_BASE) {
                result.add(base);
            }
        }
        return result;
    }

    /**
     * Whether a folded word is made of the letters a to z only: a part of "19.30" or "a.a" is no word, and
     * Lucene's tokenizer would cut it differently from the browser's, which takes the part whole.
     */
    static boolean isPlainWord(String word) {
        return !word.isEmpty() && word.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    private static boolean endsWithDoubledVowel(String word) {
        int n = word.length();
        return n >= 3 && word.charAt(n - 1) == word.charAt(n - 2) && "aeou".indexOf(word.charAt(n - 1)) >= 0;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
