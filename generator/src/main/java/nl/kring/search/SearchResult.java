package nl.kring.search;

import java.util.List;

/**
 * The answer to a query.
 *
 * @param terms      the analysed query terms
 * @param hits       the best hits, best first (ties: lower document id first)
 * @param total      how many documents match
 * @param anyTerm    true when no document has every term and the hits match any of them instead
 */
public record SearchResult(List<String> terms, List<Hit> hits, int total, boolean anyTerm) {

    public SearchResult {
        terms = List.copyOf(terms);
        hits = List.copyOf(hits);
    }

    public record Hit(int doc, float score, SearchDocument document) {
    }
}
