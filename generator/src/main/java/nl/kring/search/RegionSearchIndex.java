package nl.kring.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
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
 * A region's documents in a Lucene index (in memory), searchable the way the browser searches the export:
 * every query term must match in some field (AND), falling back to any term (OR) when that finds nothing; a
 * term's score is the sum of its BM25 scores over the boosted fields. Document ids are the positions in
 * {@link #documents()}, which is also the order the export uses, so ties break the same way on both sides.
 */
public final class RegionSearchIndex implements AutoCloseable {

    private final DutchAnalysis analysis;
    private final List<SearchDocument> documents;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public RegionSearchIndex(DutchAnalysis analysis, List<SearchDocument> documents, List<String> topicVocabulary) {
        this(analysis, documents, topicVocabulary, analysis::words);
    }

    /** @param wordsOf the words of a document's fields, as {@link DutchAnalysis#words(SearchDocument)} gives them */
    RegionSearchIndex(DutchAnalysis analysis, List<SearchDocument> documents, List<String> topicVocabulary,
                      java.util.function.Function<SearchDocument, List<String>> wordsOf) {
        this.analysis = analysis;
        this.documents = List.copyOf(documents);
        CharArraySet dictionary = CompoundDictionary.build(analysis, topicVocabulary, documents, wordsOf);
        Analyzer indexAnalyzer = analysis.indexAnalyzer(dictionary);
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
                        lucene.add(new TextField(field, text, Field.Store.NO));
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

    /** The distinct terms of a query, in the order typed. */
    public List<String> queryTerms(String query) {
        return List.copyOf(new LinkedHashSet<>(analysis.terms(analysis.queryAnalyzer(), query)));
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

    /** Lucene's own answer to a query: the top {@code limit} hits, all terms required, or any when none match. */
    public SearchResult search(String query, int limit) {
        List<String> terms = queryTerms(query);
        if (terms.isEmpty()) {
            return new SearchResult(terms, List.of(), 0, false);
        }
        try {
            Query all = combine(terms, BooleanClause.Occur.MUST);
            int total = searcher.count(all);
            boolean any = total == 0 && terms.size() > 1;
            Query asked = any ? combine(terms, BooleanClause.Occur.SHOULD) : all;
            if (any) {
                total = searcher.count(asked);
            }
            TopDocs top = searcher.search(asked, Math.max(1, limit));
            List<SearchResult.Hit> hits = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                hits.add(new SearchResult.Hit(hit.doc, hit.score, documents.get(hit.doc)));
            }
            return new SearchResult(terms, hits, total, any);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query combine(List<String> terms, BooleanClause.Occur occur) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            query.add(anyField(term), occur);
        }
        return query.build();
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
