package nl.kring.search;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Two words a text writes apart are indexed joined too when the joined word is a word of the topics' names or
 * synonyms, as editors wrote them and residents type them: a search for "longcovid" (a synonym of the topic
 * chronic illness) found the long-covid group, which writes "Long covid", only through that synonym, third,
 * behind groups that merely share the topic. The two words must stand side by side, one space apart: no stop
 * word, punctuation or sentence end between them. Index only, like the compound splitter it follows: a query
 * keeps its words.
 * <p>
 * Why the topics' words and not every word of the lexicon: a lookup in the lexicon for every pair of words made
 * the index stage's analysis half as slow again (8,000 files of the large network: 330 → 485 ms), for joins
 * that Dutch texts rarely need (they write "mantelzorg" as one word); the words residents type joined where texts
 * write them apart (long covid, burn out) are the ones editors put among a topic's synonyms.
 * <p>
 * The joined word takes the second word's position and offsets (Lucene wants no offset before the one before it).
 * Pieces of a compound (position increment 0) are no words of the text and are passed on untouched.
 */
final class JoinedWords extends TokenFilter {

    /** Each of the two words has at least this many letters ("e health" is not joined). */
    static final int MIN_WORD = 3;

    private final Words words;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final StringBuilder previous = new StringBuilder();
    /** Where the previous word ended; -1 when there is none to join with. */
    private int previousEnd = -1;
    private String pending;
    private State state;

    JoinedWords(TokenStream input, Words words) {
        super(input);
        this.words = words;
    }

    /**
     * The joined words to index (folded, lower case), with their first letters and lengths at hand: most pairs of
     * words are turned away by those before a string is made of them.
     */
    static final class Words {

        private static final int MAX_LENGTH = 64;
        private final java.util.Set<String> words;
        private final boolean[] starts = new boolean[26 * MAX_LENGTH];
        /** Per first letter, the length of the longest of these words that begins with it. */
        private final int[] longest = new int[26];

        Words(java.util.Set<String> words) {
            this.words = java.util.Set.copyOf(words);
            for (String word : this.words) {
                if (isLetters(word) && word.length() < MAX_LENGTH) {
                    int first = word.charAt(0) - 'a';
                    starts[first * MAX_LENGTH + word.length()] = true;
                    longest[first] = Math.max(longest[first], word.length());
                }
            }
        }

        /** Whether a word of these may begin with {@code first} (a to z) and be {@code length} letters long. */
        boolean mayStart(char first, int length) {
            return length < MAX_LENGTH && starts[(first - 'a') * MAX_LENGTH + length];
        }

        /** Whether a word of {@code length} letters that begins with {@code first} may be the first of two joined. */
        boolean mayBegin(char first, int length) {
            return first >= 'a' && first <= 'z' && longest[first - 'a'] >= length + MIN_WORD;
        }

        boolean contains(String word) {
            return words.contains(word);
        }
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(state);
            term.setEmpty().append(pending);
            position.setPositionIncrement(0);
            pending = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        int increment = position.getPositionIncrement();
        if (increment == 0) {
            return true;   // a piece of the word before
        }
        int length = term.length();
        if (increment == 1 && previousEnd >= 0 && offset.startOffset() == previousEnd + 1
                && words.mayStart(previous.charAt(0), previous.length() + length) && isLetters(term)) {
            String joined = previous + term.toString();
            if (words.contains(joined)) {
                pending = joined;
                state = captureState();
            }
        }
        // remembered only when it may begin a word to join: most words of a text are turned away here, uncopied
        if (length >= MIN_WORD && words.mayBegin(term.charAt(0), length) && isLetters(term)) {
            previous.setLength(0);
            previous.append(term);
            previousEnd = offset.endOffset();
        } else {
            previousEnd = -1;
        }
        return true;
    }

    /** At least {@link #MIN_WORD} letters a to z and nothing else (no numbers, no hyphenated word). */
    private static boolean isLetters(CharSequence text) {
        if (text.length() < MIN_WORD) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        previous.setLength(0);
        previousEnd = -1;
        pending = null;
        state = null;
    }
}
