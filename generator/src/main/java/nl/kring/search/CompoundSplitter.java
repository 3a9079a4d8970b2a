package nl.kring.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Splits a Dutch compound into the real words it is made of, covering the whole word: every piece is a word of
 * the lexicon (at least {@link #MIN_PART} letters, not a stop word), and between two pieces there may be only a
 * linking element (-s-, -e-, -en-). So "prostaatkanker" is "prostaat" + "kanker", "betalingsachterstand" is
 * "betaling" + "achterstand", and "vrouwen" stays whole: "rouw" lies inside it, but "v" and "en" are no words.
 * <p>
 * Why not Lucene's {@code DictionaryCompoundWordTokenFilter}: it emits every dictionary word found anywhere inside
 * the word, without asking whether the rest of the word is made of words too — that is what made "rouw" find
 * "vrouwen". {@code HyphenationCompoundWordTokenFilter} narrows the candidates to hyphenation points but still does
 * not require the pieces to cover the word. The split here does.
 * <p>
 * Among the splits of a word the one with the fewest pieces wins, then the one with the longest first piece. A word
 * is not split when its first piece is only an inflection of it (kinder|en → "kinderen" has the stem of "kind"),
 * nor at an inflection ending (gesprek|ken: the uninflected "gesprek" is split instead, and is no compound),
 * nor into a last piece that is a derivational suffix or plural ending that happens to be a word too (eenzaam|heid,
 * ouder|schap, kleinkind|eren).
 */
public final class CompoundSplitter {

    /** Pieces shorter than this are never split off ("kan", "dag" would mostly add noise). */
    public static final int MIN_PART = 4;
    /** Words shorter than this are never split. */
    public static final int MIN_COMPOUND = 7;
    private static final String[] LINKS = {"", "s", "e", "en"};
    /** Suffixes that are also words but make derivations, not compounds. */
    private static final Set<String> SUFFIXES = Set.of("heid", "heden", "schap", "schappen", "lijk", "lijke",
            "baar", "bare", "loos", "loze", "zaam", "zame", "achtig", "achtige", "isme", "ster", "sters", "ling",
            "lingen", "tjes", "ische", "erij",
            // the plural ending of kind, ei, lied, blad, volk (kleinkinderen is no kleinkind|eren, "to honour")
            "eren");
    private static final int MAX_REMEMBERED = 500_000;

    private final Predicate<String> isWord;
    private final JoinedWords.Words topicWords;
    private final Predicate<String> isStopWord;
    private final UnaryOperator<String> stem;
    private final Map<String, List<String>> remembered = new ConcurrentHashMap<>();

    /**
     * @param isWord     whether a folded, lower-case word is a real word (the lexicon, plus the topic vocabulary)
     * @param topicWords the folded, lower-case words of the topics' names and synonyms
     * @param isStopWord stop words are never pieces ("over|leden")
     * @param stem       the analysis chain's stemmer, to see inflections
     */
    public CompoundSplitter(Predicate<String> isWord, Set<String> topicWords, Predicate<String> isStopWord,
                            UnaryOperator<String> stem) {
        this.isWord = isWord;
        this.topicWords = new JoinedWords.Words(topicWords);
        this.isStopWord = isStopWord;
        this.stem = stem;
    }

    /** The pieces of a folded, lower-case word, or an empty list when it is not a compound. */
    public List<String> parts(String word) {
        List<String> known = remembered.get(word);
        if (known != null) {
            return known;
        }
        List<String> parts = split(word);
        if (remembered.size() < MAX_REMEMBERED) {
            remembered.put(word, parts);
        }
        return parts;
    }

    private List<String> split(String word) {
        if (word.length() < MIN_COMPOUND || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return List.of();
        }
        String base = base(word);
        if (!base.equals(word)) {
            return split(base);
        }
        List<String> best = cover(word, 0, new ArrayList<>(java.util.Collections.nCopies(word.length() + 1, null)));
        if (best == null || best.size() < 2 || stem.apply(word).equals(stem.apply(best.getFirst()))) {
            return List.of();
        }
        return List.copyOf(best);
    }

    /**
     * The uninflected word an inflected one starts with, when the lexicon has it ("gesprekken" → "gesprek",
     * "bijeenkomsten" → "bijeenkomst"), else the word itself: an inflection ending must not become part of a
     * piece ("gesp" + "rekken", "bijeenkom" + "sten").
     */
    private String base(String word) {
        String stemmed = stem.apply(word);
        for (int cut = 1; cut <= 3 && word.length() - cut >= MIN_COMPOUND; cut++) {
            String prefix = word.substring(0, word.length() - cut);
            if (isWord.test(prefix) && stem.apply(prefix).equals(stemmed)) {
                return prefix;
            }
        }
        return word;
    }

    /** The best cover of word[start..] by pieces and links, or null; memo holds covers already found. */
    private List<String> cover(String word, int start, List<List<String>> memo) {
        if (memo.get(start) != null) {
            return memo.get(start).isEmpty() ? null : memo.get(start);
        }
        List<String> best = null;
        for (int end = word.length(); end >= start + MIN_PART; end--) {
            String piece = word.substring(start, end);
            if (!isPiece(piece, start == 0)) {
                continue;
            }
            if (end == word.length()) {
                if (start == 0) {
                    continue;   // the word itself is no split
                }
                if (best == null || best.size() > 1) {
                    best = List.of(piece);
                }
                continue;
            }
            for (String link : LINKS) {
                if (!word.startsWith(link, end) || end + link.length() >= word.length()) {
                    continue;
                }
                List<String> rest = cover(word, end + link.length(), memo);
                if (rest != null && (best == null || rest.size() + 1 < best.size())) {
                    List<String> candidate = new ArrayList<>(rest.size() + 1);
                    candidate.add(piece);
                    candidate.addAll(rest);
                    best = candidate;
                }
            }
        }
        memo.set(start, best == null ? List.of() : best);
        return best;
    }

    /**
     * The folded, lower-case words of the topics' names and synonyms, as editors wrote them (and residents type
     * them): {@link JoinedWords} joins two words side by side into one of these.
     */
    JoinedWords.Words topicWords() {
        return topicWords;
    }

    private boolean isPiece(String piece, boolean first) {
        return isWord.test(piece) && !isStopWord.test(piece) && (first || !SUFFIXES.contains(piece));
    }

    /** The token filter: each compound token is followed by its pieces, at the same position. */
    TokenStream filter(TokenStream input) {
        return new Filter(input);
    }

    private final class Filter extends AtTheSamePosition {

        Filter(TokenStream input) {
            super(input);
        }

        @Override
        protected List<String> alsoAt(CharTermAttribute token) {
            return parts(token.toString());
        }
    }
}
