package nl.kring.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The stem of every word, remembered: Lucene's StemmerOverrideFilter followed by SnowballFilter(Dutch), with
 * each word stemmed once per process instead of at every occurrence. A network's vocabulary is small (tens of
 * thousands of words) but its texts repeat words millions of times across regions, and stemming was the largest
 * single cost of indexing. The stems are exactly those of the two Lucene filters: an override when there is
 * one, otherwise Snowball's Dutch stemmer.
 */
final class DutchStems {

    /** Beyond this many words nothing more is remembered (stemming still works), so memory stays bounded. */
    private static final int MAX_WORDS = 500_000;

    private final Map<String, String> overrides;
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    DutchStems(Map<String, String> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /** The filter for one analysis chain; it holds its own (not thread-safe) Snowball stemmer. */
    TokenStream filter(TokenStream input) {
        return new Filter(input);
    }

    /** The stem of one word (outside a token stream). */
    String stem(String word) {
        String known = stems.get(word);
        return known != null ? known : stem(word, new DutchStemmer());
    }

    private String stem(String word, DutchStemmer stemmer) {
        String known = stems.get(word);
        if (known != null) {
            return known;
        }
        String stem = overrides.get(word);
        if (stem == null) {
            stemmer.setCurrent(word);
            stemmer.stem();
            stem = stemmer.getCurrent();
        }
        if (stems.size() < MAX_WORDS) {
            stems.put(word, stem);
        }
        return stem;
    }

    private final class Filter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
        private final DutchStemmer stemmer = new DutchStemmer();

        Filter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws java.io.IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (!keyword.isKeyword()) {
                String stem = stem(term.toString(), stemmer);
                term.setEmpty().append(stem);
            }
            return true;
        }
    }
}
