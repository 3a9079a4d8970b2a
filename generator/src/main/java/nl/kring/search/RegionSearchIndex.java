package nl.kring.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A region's documents in a Lucene index (in memory), searchable the way the browser searches the export
 * (see {@link #search(String, int)}); a term's score is the sum of its BM25 scores over the boosted fields. Document ids are the positions in
 * {@link #documents()}, which is also the order the export uses, so ties break the same way on both sides.
 */
public final class RegionSearchIndex implements AutoCloseable {

    /**
     * A text field without positions: the export and {@link #search} read only which documents hold a term, how
     * often, and the field's length (its norm, counted the same with or without positions), so every token's
     * position was written for nothing, in each of a national network's 30 indexes.
     */
    private static final FieldType TERMS_AND_FREQUENCIES = termsAndFrequencies();

    private final DutchAnalysis analysis;
    private final List<SearchDocument> documents;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer indexAnalyzer;

    public RegionSearchIndex(DutchAnalysis analysis, List<SearchDocument> documents, List<String> topicVocabulary) {
        this(analysis, documents, topicVocabulary, SharedDocuments.forOneBuild());
    }

    /**
     * The index, taking from {@code shared} the analysed fields of documents an earlier region's index analysed
     * already (with the same topic vocabulary, so the same analyzer): the index is the same either way.
     */
    RegionSearchIndex(DutchAnalysis analysis, List<SearchDocument> documents, List<String> topicVocabulary,
                      SharedDocuments shared) {
        this.analysis = analysis;
        this.documents = List.copyOf(documents);
        this.indexAnalyzer = analysis.indexAnalyzer(topicVocabulary);
        IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer)
                .setSimilarity(new BM25Similarity())
                .setMergePolicy(new LogDocMergePolicy())   // keeps documents in the order they were added
                .setRAMBufferSizeMB(512)
                .setUseCompoundFile(false);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (SearchDocument document : documents) {
                Document lucene = new Document();
                for (String field : SearchFields.BOOSTS.keySet()) {
                    String text = document.field(field);
                    if (!text.isEmpty()) {
                        AnalysedText tokens = shared.analysed(document, field, topicVocabulary,
                                f -> AnalysedText.of(indexAnalyzer, f, text));
                        lucene.add(tokens != null ? new Field(field, tokens.stream(), TERMS_AND_FREQUENCIES)
                                : new Field(field, text, TERMS_AND_FREQUENCIES));
                    }
                }
                writer.addDocument(lucene);
            }
            writer.forceMerge(1);
            writer.commit();
            this.reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        if (reader.leaves().size() > 1 || reader.maxDoc() != documents.size()) {
            throw new IllegalStateException("search index must be one segment holding every document");
        }
    }

    private static FieldType termsAndFrequencies() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    public List<SearchDocument> documents() {
        return documents;
    }

    public DutchAnalysis analysis() {
        return analysis;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    LeafReader leaf() {
        return reader.leaves().getFirst().reader();
    }

    /** The terms a query searches, in the order typed, each word's after the other's ({@link #wordTerms}). */
    public List<String> queryTerms(String query) {
        return wordTerms(query).stream().flatMap(List::stream).toList();
    }

    /**
     * What each word of a query searches, in the order typed (without fillers, unless nothing else is left): the
     * word's own term; when no document has it, a diminutive's noun ("praatgroepje" → "praatgroep") or an
     * adjective's ("dement" → "dementie") or a verb form's stem or infinitive ("gokt" → "gokken",
     * {@link DutchAnalysis#baseTerms}); else the two pieces of a compound that
     * the texts write apart or not at all ("wandelgroep" → "wandel", "groep"), also of a diminutive's noun
     * ("wandelgroepje"), and a document must have both. search.js does the same, in the same order.
     */
    public List<List<String>> wordTerms(String query) {
        List<List<String>> words = new ArrayList<>();
        for (DutchAnalysis.QueryWord word : joinSeparable(analysis.queryWords(query))) {
            words.add(termsOf(word));
        }
        return words;
    }

    /**
     * A separable verb that a query writes apart ("ik kom niet rond", "hij kickt af") is searched as the one word
     * the texts and topics use ("rondkomen", "afkicken"), when this index has it: the particle's word goes, and the
     * verb's word becomes the joined one ({@link DutchAnalysis#joinedWords}). Particles are taken in the order
     * typed, each joined with the first word (in the order typed) that gives a term of the index; a term the query
     * already searches is searched once. Then a light verb that is left ("zit" of "ik zit in de schulden",
     * {@link DutchAnalysis#lightVerbs}) goes, unless nothing else is left. search.js does the same
     * ({@code joinSeparable}).
     */
    List<DutchAnalysis.QueryWord> joinSeparable(List<DutchAnalysis.QueryWord> words) {
        List<DutchAnalysis.QueryWord> result = new ArrayList<>(words);
        for (int p = 0; p < result.size(); p++) {
            String particle = result.get(p).word();
            if (!analysis.particles().contains(particle)) {
                continue;
            }
            joined:
            for (int v = 0; v < result.size(); v++) {
                if (v == p) {
                    continue;
                }
                for (DutchAnalysis.QueryWord joined : analysis.joinedWords(particle, result.get(v).word())) {
                    if (hasTerm(joined.term())) {
                        result.set(v, joined);
                        result.remove(p);
                        p--;
                        break joined;
                    }
                }
            }
        }
        List<DutchAnalysis.QueryWord> meant = result.stream()
                .filter(word -> !analysis.lightVerbs().contains(word.word())).toList();
        Map<String, DutchAnalysis.QueryWord> byTerm = new java.util.LinkedHashMap<>();
        for (DutchAnalysis.QueryWord word : meant.isEmpty() ? result : meant) {
            byTerm.putIfAbsent(word.term(), word);
        }
        return List.copyOf(byTerm.values());
    }

    private List<String> termsOf(DutchAnalysis.QueryWord word) {
        if (hasTerm(word.term())) {
            return List.of(word.term());
        }
        if (!Diminutives.isPlainWord(word.word())) {
            return List.of(word.term());
        }
        for (String term : analysis.baseTerms(word.word())) {
            if (hasTerm(term)) {
                return List.of(term);
            }
        }
        List<String> wholes = new ArrayList<>(List.of(word.word()));
        wholes.addAll(Diminutives.bases(word.word()));
        for (String whole : wholes) {
            List<String> pieces = pieces(whole);
            if (!pieces.isEmpty()) {
                return pieces;
            }
        }
        return List.of(word.term());
    }

    /** A piece of a compound the search looks for has at least this many letters. */
    static final int MIN_PIECE = 3;

    /**
     * The terms of the two pieces a word splits into when this index has both, or none: the longest first piece
     * first, each piece no stop word, with a linking -s-, -e- or -en- between them left out
     * ("verslavingszorg" → verslaving + zorg). The index splits its own compounds with the Dutch lexicon
     * ({@link CompoundSplitter}); a query has only this region's words, which the browser can look up.
     */
    private List<String> pieces(String word) {
        for (int i = word.length() - MIN_PIECE; i >= MIN_PIECE; i--) {
            String head = analysis.term(word.substring(0, i));
            if (head == null) {
                continue;
            }
            String rest = word.substring(i);
            List<String> tails = new ArrayList<>(List.of(rest));
            if (rest.startsWith("s") || rest.startsWith("e")) {
                tails.add(rest.substring(1));
            }
            if (rest.startsWith("en")) {
                tails.add(rest.substring(2));
            }
            for (String tail : tails) {
                String term = tail.length() >= MIN_PIECE ? analysis.term(tail) : null;
                if (term == null) {
                    continue;
                }
                if (!hasTerm(head)) {
                    break;
                }
                if (hasTerm(term)) {
                    return List.of(head, term);
                }
            }
        }
        return List.of();
    }

    /**
     * The terms the index makes of a text in a field (as when a document holds that text), sorted and distinct:
     * for the browser, the terms of each topic's name and synonyms, so it knows which groups a query word is about.
     */
    public List<String> indexTerms(String field, String text) {
        java.util.SortedSet<String> terms = new java.util.TreeSet<>();
        try (org.apache.lucene.analysis.TokenStream stream = indexAnalyzer.tokenStream(field, text)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(terms);
    }

    /** Whether any document has the term in any field. */
    public boolean hasTerm(String term) {
        try {
            for (String field : SearchFields.BOOSTS.keySet()) {
                if (reader.docFreq(new Term(field, term)) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lucene's own answer to a query, ranked the way the browser ranks: documents with every term first (by
     * score); when fewer than {@link #HANDFUL} have them all, the documents with the most of the terms follow
     * (coordination), best first. Groups about the query's subject (a query word is their topic's name or one of
     * its synonyms: the topics field) lead, in the same order among themselves, and are among the results even
     * with only some of the words, when none of the words they lack names a subject itself: "ik zit in de
     * schulden" finds the debt group, whose text never says "zit"; "financiële zorgen" does not bring every
     * group about caring ("zorg"). A document's score is the sum of its terms' BM25 scores (each summed over the
     * boosted fields, as {@code anyField} scores it) times its type's weight ({@link #typeWeight}). Ended groups
     * are left out unless nothing else matches.
     */
    public SearchResult search(String query, int limit) {
        List<List<String>> words = wordTerms(query);
        List<String> terms = words.stream().flatMap(List::stream).toList();
        if (words.isEmpty()) {
            return new SearchResult(terms, List.of(), 0, 0, false);
        }
        try {
            Map<Integer, double[]> sums = new java.util.TreeMap<>();   // doc → {score sum, words matched}
            java.util.Set<Integer> about = new java.util.HashSet<>();   // groups whose topic a query word names
            List<java.util.Set<Integer>> having = new ArrayList<>();    // per word: the documents that have it
            List<Boolean> namesASubject = new ArrayList<>();             // per word: whether it names a topic
            for (List<String> word : words) {
                boolean topicWord = false;
                Map<Integer, double[]> pieces = new java.util.HashMap<>();   // doc → {score of the word, terms}
                for (String term : word) {
                    org.apache.lucene.index.PostingsEnum topical = leaf().postings(new Term(SearchFields.TOPICS, term));
                    if (topical != null) {
                        topicWord = true;
                        for (int doc = topical.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                             doc = topical.nextDoc()) {
                            if (documents.get(doc).type() == DocumentType.GROUP) {
                                about.add(doc);
                            }
                        }
                    }
                    TopDocs matches = searcher.search(anyField(term), Math.max(1, reader.maxDoc()));
                    for (ScoreDoc hit : matches.scoreDocs) {
                        double[] piece = pieces.computeIfAbsent(hit.doc, d -> new double[2]);
                        piece[0] += hit.score;
                        piece[1]++;
                    }
                }
                java.util.Set<Integer> withWord = new java.util.HashSet<>();
                pieces.forEach((doc, piece) -> {
                    if (piece[1] == word.size()) {   // a compound's pieces: a document needs both
                        double[] sum = sums.computeIfAbsent(doc, d -> new double[2]);
                        sum[0] += piece[0];
                        sum[1]++;
                        withWord.add(doc);
                    }
                });
                having.add(withWord);
                namesASubject.add(topicWord);
            }
            List<Ranked> all = new ArrayList<>();
            List<Ranked> some = new ArrayList<>();
            sums.forEach((doc, sum) -> {
                float score = (float) sum[0] * typeWeight(documents.get(doc).type());
                (sum[1] == words.size() ? all : some).add(new Ranked(doc, score, (int) sum[1], about.contains(doc)));
            });
            java.util.Comparator<Ranked> order = java.util.Comparator.comparing(Ranked::about, java.util.Comparator.reverseOrder())
                    .thenComparingInt((Ranked r) -> -r.words())
                    .thenComparing(Ranked::score, java.util.Comparator.reverseOrder())
                    .thenComparingInt(Ranked::doc);
            all.sort(order);
            some.sort(order);
            List<Ranked> ranked = new ArrayList<>(all);
            boolean anyTerm = all.size() < HANDFUL && !some.isEmpty();
            if (anyTerm) {
                ranked.addAll(some);
            } else {
                for (Ranked r : some) {
                    boolean lacksASubject = false;
                    for (int w = 0; w < having.size(); w++) {
                        lacksASubject |= namesASubject.get(w) && !having.get(w).contains(r.doc());
                    }
                    if (r.about() && !lacksASubject) {
                        ranked.add(r);
                    }
                }
            }
            ranked.sort(order);   // a group about the query's subject leads, even with some of the words
            if (ranked.stream().anyMatch(r -> !documents.get(r.doc()).ended())) {
                ranked.removeIf(r -> documents.get(r.doc()).ended());   // an ended group only when nothing else
                all.removeIf(r -> documents.get(r.doc()).ended());
            }
            List<SearchResult.Hit> hits = new ArrayList<>();
            for (Ranked r : ranked.subList(0, Math.min(ranked.size(), Math.max(1, limit)))) {
                hits.add(new SearchResult.Hit(r.doc(), r.score(), documents.get(r.doc())));
            }
            return new SearchResult(terms, hits, ranked.size(), all.size(), anyTerm && ranked.size() > all.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Below this many documents with every term, documents with some of the terms are shown after them. */
    public static final int HANDFUL = 5;

    /**
     * One ranked document; {@code about}: a group whose topic (its name or a synonym) a query word names — what a
     * resident who types "mijn man is overleden" or "ik voel me alleen" looks for, so it leads the results.
     */
    private record Ranked(int doc, float score, int words, boolean about) {
    }

    /**
     * Groups come before stories, activities and pages of about the same relevance (what a resident looks for is
     * a group to go to), but a page whose title is the query still beats a group that only mentions it. The
     * browser applies the same factors, exported in {@code index.json}, in the same float arithmetic.
     */
    public static float typeWeight(DocumentType type) {
        return type == DocumentType.GROUP ? 1f : 0.7f;
    }

    /** One term in any field, each field's score weighted by its boost. */
    static Query anyField(String term) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> field : SearchFields.BOOSTS.entrySet()) {
            fields.add(new BoostQuery(new TermQuery(new Term(field.getKey(), term)), field.getValue()),
                    BooleanClause.Occur.SHOULD);
        }
        return fields.build();
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
