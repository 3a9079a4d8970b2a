package nl.kring.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A token filter that passes every token on and follows some with more terms at the same position (position
 * increment 0, the token's offsets): a compound's pieces ({@link CompoundSplitter}), a topic verb's forms
 * ({@link TopicVerbForms}). A field's length, which counts positions, stays what it was.
 */
abstract class AtTheSamePosition extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State state;

    AtTheSamePosition(TokenStream input) {
        super(input);
    }

    /** The terms that follow the current token at its position; empty for most tokens. */
    protected abstract List<String> alsoAt(CharTermAttribute token);

    @Override
    public final boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(state);
            term.setEmpty().append(pending.removeFirst());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        List<String> more = alsoAt(term);
        if (!more.isEmpty()) {
            pending.addAll(more);
            state = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        state = null;
    }
}
