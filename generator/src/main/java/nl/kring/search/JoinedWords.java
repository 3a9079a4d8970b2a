package nl.kring.search;

import java.io.IOException;
import java.util.function.Predicate;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Two words a text writes apart that Dutch also writes as one word ("long covid", "zelf hulp", "rouw
 * verwerking") are indexed joined too, as a resident may type them ("longcovid"): a search for "longcovid" found
 * the long-covid group only through its topic's synonym, third, behind groups that merely share the topic. The
 * joined word must be a word of the lexicon or of the topics ({@link CompoundSplitter#isWord}), and the two words
 * must stand side by side, one space apart: no stop word, punctuation or sentence end between them ("naar huis.
 * Werk" never makes "huiswerk"). Index only, like the compound splitter it follows: a query keeps its words.
 * <p>
 * The joined word takes the second word's position and offsets (Lucene wants no offset before the one before it).
 * Pieces of a compound (position increment 0) are no words of the text and are passed on untouched.
 */
final class JoinedWords extends TokenFilter {

    /** Each of the two words has at least this many letters ("e health" and "in zet" are not joined). */
    static final int MIN_WORD = 3;

    private final Predicate<String> isWord;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final StringBuilder previous = new StringBuilder();
    /** Where the previous word ended; -1 when there is none to join with. */
    private int previousEnd = -1;
    private String pending;
    private State state;

    JoinedWords(TokenStream input, Predicate<String> isWord) {
        super(input);
        this.isWord = isWord;
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
        boolean word = isLetters(term);
        if (increment == 1 && word && previousEnd >= 0 && offset.startOffset() == previousEnd + 1) {
            String joined = previous + term.toString();
            if (isWord.test(joined)) {
                pending = joined;
                state = captureState();
            }
        }
        previous.setLength(0);
        if (word) {
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
