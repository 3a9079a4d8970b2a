package nl.kring.search;

import java.util.List;

/**
 * The answer to a query.
 *
 * @param terms      the analysed query terms
 * @param hits       the best hits, best first (ties: lower document id first)
 * @param total      how many documents are shown (those with every term, and when they are few, those with some)
 * @param allTerms   how many documents have every term
 * @param anyTerm    true when fewer than a handful have every term and documents with some of them follow
 */
public record SearchResult(List<String> terms, List<Hit> hits, int total, int allTerms, boolean anyTerm) {

    public SearchResult {
        terms = List.copyOf(terms);
        hits = List.copyOf(hits);
    }

    public record Hit(int doc, float score, SearchDocument document) {
    }
}
