package nl.kring.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The nouns a Dutch adjective names the state of: "dement" → "dementie", "depressief" → "depressie", "angstig" →
 * "angst", "verdrietig" → "verdriet", "autistisch" → "autisme", "psychotisch" → "psychose", "verslaafd" →
 * "verslaving", and a present participle's verb stem ("rouwend" → "rouw"); also inflected ("depressieve",
 * "rouwende").
 * <p>
 * Residents describe a person ("mijn moeder is dement", "ik ben zo angstig"); the texts and the topics name the
 * illness or the feeling, and the Snowball stemmer does not bring the two together ("dement" and "dementie" keep
 * different terms). Like {@link Diminutives}, these are only readings to try: the search takes one only for a
 * query word whose own term the index lacks, and only when the index holds the noun's term (the region's texts
 * decide), so nothing found before changes and the index is not touched. Groups whose topic the noun names then
 * lead, as when the noun itself is typed. search.js has the same rules ({@code adjectiveNouns}), held to these by
 * {@code AnalysisParityTest}.
 */
final class AdjectiveNouns {

    /** Suffix of the adjective (uninflected and with -e), and what the noun ends in instead. */
    private static final List<String[]> RULES = List.of(
            new String[] {"ieve", "ie"}, new String[] {"ief", "ie"},             // depressief → depressie
            new String[] {"istische", "isme"}, new String[] {"istisch", "isme"}, // autistisch → autisme
            new String[] {"otische", "ose"}, new String[] {"otisch", "ose"},     // psychotisch → psychose
            new String[] {"ente", "entie"}, new String[] {"ent", "entie"},       // dement → dementie
            new String[] {"aafde", "aving"}, new String[] {"aafd", "aving"},     // verslaafd → verslaving
            new String[] {"ende", ""}, new String[] {"end", ""},                 // rouwend → rouw
            new String[] {"ige", ""}, new String[] {"ig", ""});                  // angstig → angst

    /** Shorter nouns ("nod" of "nodig") are no words a search should look for. */
    private static final int MIN_NOUN = 4;
    /** What is left of the adjective without its suffix: "ent" alone is no adjective. */
    private static final int MIN_STEM = 3;

    private AdjectiveNouns() {
    }

    /** The possible nouns of a folded, lower-case word, in the order of the rules; empty when it has none. */
    static List<String> nouns(String word) {
        List<String> nouns = new ArrayList<>();
        if (!Diminutives.isPlainWord(word)) {
            return nouns;
        }
        for (String[] rule : RULES) {
            if (word.endsWith(rule[0]) && word.length() - rule[0].length() >= MIN_STEM) {
                String noun = word.substring(0, word.length() - rule[0].length()) + rule[1];
                if (noun.length() >= MIN_NOUN && !noun.equals(word) && !nouns.contains(noun)) {
                    nouns.add(noun);
                }
            }
        }
        return nouns;
    }
}
