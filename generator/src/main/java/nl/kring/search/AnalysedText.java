package nl.kring.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The tokens an analyzer made of one field's text, kept so that another index can take them without analysing
 * the text again: an online group is listed in every region, and each region's index would otherwise run the
 * whole Dutch chain (decompounding, stemming) over the same text. Everything the index records of a token is
 * kept (term, position increment, offsets, and the final offset), so an index fed from here is the same as one
 * that analysed the text itself. Immutable; each {@link #stream()} is a fresh token stream.
 */
final class AnalysedText {

    private final String[] terms;
    private final int[] increments;
    private final int[] starts;
    private final int[] ends;
    private final int finalOffset;
    private final int finalIncrement;

    private AnalysedText(String[] terms, int[] increments, int[] starts, int[] ends, int finalOffset,
                         int finalIncrement) {
        this.terms = terms;
        this.increments = increments;
        this.starts = starts;
        this.ends = ends;
        this.finalOffset = finalOffset;
        this.finalIncrement = finalIncrement;
    }

    /** Runs {@code analyzer} over the text once and keeps what it made. */
    static AnalysedText of(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        List<int[]> positions = new ArrayList<>();
        Map<String, String> same = new HashMap<>();   // one String per distinct term: texts repeat their words
        int finalOffset;
        int finalIncrement;
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String value = term.toString();
                terms.add(same.computeIfAbsent(value, v -> v));
                positions.add(new int[] {increment.getPositionIncrement(), offset.startOffset(), offset.endOffset()});
            }
            stream.end();
            finalOffset = offset.endOffset();
            finalIncrement = increment.getPositionIncrement();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = terms.size();
        int[] increments = new int[n];
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            increments[i] = positions.get(i)[0];
            starts[i] = positions.get(i)[1];
            ends[i] = positions.get(i)[2];
        }
        return new AnalysedText(terms.toArray(String[]::new), increments, starts, ends, finalOffset,
                finalIncrement);
    }

    /** The tokens again, as a token stream for a field of one document. */
    TokenStream stream() {
        return new Replay();
    }

    private final class Replay extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private int next;

        @Override
        public boolean incrementToken() {
            if (next >= terms.length) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(terms[next]);
            increment.setPositionIncrement(increments[next]);
            offset.setOffset(starts[next], ends[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(finalOffset, finalOffset);
            increment.setPositionIncrement(finalIncrement);   // positions a stop filter skipped at the end
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
