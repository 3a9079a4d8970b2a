package nl.kring.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A word that editors write with a hyphen ("burn-out", "ex-partner", "e-mailadres", "Sittard-Geleen") is indexed
 * in its pieces, as before, and also joined, as many residents type it ("burnout", "expartner", "emailadres"). A
 * search for "burnout" found the burn-out group only through its topic's synonyms, below a group that merely
 * shares the topic. Index only: a query keeps its words as typed ("burn-out" searches "burn" and "out").
 * <p>
 * The StandardTokenizer splits at a hyphen and leaves no trace of it, so {@link #marked} first turns a hyphen
 * between two letters into an underscore, which the tokenizer keeps inside a word (Unicode's ExtendNumLet). It
 * is one character for one, so the offsets stay true and no CharFilter is needed (Lucene's
 * PatternReplaceCharFilter did the same with a regular expression, and made the index stage 10–25% slower).
 * {@link #split} then gives the joined word, spanning the whole word, and the pieces, each on its own position
 * with its own offsets as the tokenizer gave them before; the joined word shares the first piece's position
 * (Lucene wants no offset to start before the one before it). Only pieces of letters join: "covid-19" stays
 * "covid" and "19".
 */
final class HyphenatedWords {

    private static final char MARK = '_';

    private HyphenatedWords() {
    }

    /** The text with each hyphen between two letters marked, so the tokenizer keeps the word whole. */
    static Reader marked(Reader text) {
        StringBuilder marked = new StringBuilder(256);
        char[] buffer = new char[1024];
        try {
            for (int read = text.read(buffer); read >= 0; read = text.read(buffer)) {
                marked.append(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // a field's text, read from memory
        }
        for (int i = marked.indexOf("-", 1); i > 0 && i < marked.length() - 1; i = marked.indexOf("-", i + 1)) {
            if (Character.isLetter(marked.charAt(i - 1)) && Character.isLetter(marked.charAt(i + 1))) {
                marked.setCharAt(i, MARK);
            }
        }
        return new StringReader(marked.toString());
    }

    /** Right after the tokenizer: a marked word becomes the pieces joined, then the pieces. */
    static TokenStream split(TokenStream tokens) {
        return new Split(tokens);
    }

    private static final class Split extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        /** The rest of a marked word: its joined form (-1), then its pieces (start, end within the word). */
        private final Deque<int[]> pending = new ArrayDeque<>();
        private State word;
        private String text;
        private int start;
        private int increment;

        Split(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (pending.isEmpty()) {
                if (!input.incrementToken()) {
                    return false;
                }
                if (term.toString().indexOf(MARK) < 0) {
                    return true;
                }
                plan();
            }
            int[] next = pending.removeFirst();
            restoreState(word);
            if (next[0] < 0) {
                term.setEmpty().append(text.replace(String.valueOf(MARK), ""));
                position.setPositionIncrement(increment);
                increment = 0;   // the first piece: on the joined word's position
            } else {
                term.setEmpty().append(text, next[0], next[1]);
                offset.setOffset(start + next[0], start + next[1]);
                position.setPositionIncrement(increment);
                increment = 1;
            }
            return true;
        }

        /** The pieces of the marked word just read, and its joined form when every piece is letters. */
        private void plan() {
            text = term.toString();
            start = offset.startOffset();
            increment = position.getPositionIncrement();
            word = captureState();
            int pieces = 0;
            boolean letters = true;
            int from = 0;
            while (from <= text.length()) {
                int to = text.indexOf(MARK, from);
                if (to < 0) {
                    to = text.length();
                }
                if (to > from) {
                    pending.add(new int[] {from, to});
                    pieces++;
                    letters &= text.substring(from, to).chars().allMatch(Character::isLetter);
                }
                from = to + 1;
            }
            if (pieces > 1 && letters) {
                pending.addFirst(new int[] {-1, -1});
            }
            if (pending.isEmpty()) {
                pending.add(new int[] {0, text.length()});   // underscores only: the word as the tokenizer gave it
            }
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending.clear();
            word = null;
            text = null;
        }
    }
}
