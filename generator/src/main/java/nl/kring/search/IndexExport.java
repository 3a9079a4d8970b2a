package nl.kring.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * Reads a region's Lucene index back — terms, postings, norms and statistics — and turns it into the static
 * search index the browser uses: for every term, its postings with the BM25 score Lucene would give that
 * term in that document (summed over the boosted fields), so the browser only adds numbers.
 *
 * <p>Shard format ({@code .bin}, all integers unsigned LEB128 varints):
 * <pre>
 * shard   := termCount term*
 * term    := sharedPrefixBytes suffixLength suffixUtf8          (front-coded against the previous term)
 *            surfaceLength surfaceUtf8                          (the commonest word for the term; 0 = the term)
 *            docCount impactCount impacts                       (the term's distinct scores, highest first)
 *            postingsLength postings
 *            [facetsLength facets topLength topUtf8]            (only in a large region: index.json has "facetFile";
 *                                                                topLength 0 = none, else JSON display rows of the
 *                                                                term's top ten)
 * impacts := firstBits (previousBits - bits)*                 (IEEE 754 bits of each float32 score: positive
 *                                                                floats' bits grow with the value)
 * postings:= (docDelta [impactIndex when impactCount > 1])*
 * facets  := packed* municipalityPlusOne* (topicCount topic*)* slot*
 *                                                               (columns, one value per posting in the postings'
 *                                                                order; packed = type | format << 2 | ended << 4
 *                                                                | days << 5; slot = where its display row is)
 * </pre>
 * In a large region the facet values travel with the postings of each term, so a search loads those of its
 * results and not a column of every document of the region; and a topic word's ten best documents (as a search
 * for that word alone ranks them) carry their display data in the shard, so the first page of results of a
 * search for a subject needs no display-data file.
 * Scores repeat a lot (same field, frequency and length), so each posting stores a small index into the
 * term's own score table instead of a float, and the browser's sums are exactly Lucene's.
 */
public final class IndexExport {

    /** Shards close once they reach this many bytes; a term is never split. */
    static final int SHARD_BYTES = 6 * 1024;

    /** One term with its postings (doc ids ascending) and the score of each. */
    record TermPostings(String term, String surface, int[] docs, float[] scores) {
    }

    /** One shard: the first term it holds and its bytes. */
    record Shard(String firstTerm, byte[] bytes) {
    }

    /**
     * What a large region's shards carry besides postings: the facet values of every document (null: they are in
     * index.json) and, per term, the display rows of its ten best documents (JSON; absent: none).
     */
    record Extras(DocFacets facets, Map<String, String> tops) {
        static final Extras NONE = new Extras(null, Map.of());
    }

    /**
     * Per document: packed type, format, ended and days; municipality index (-1: none); topic indexes; the slot of
     * its display row (chunk slot / 32, row slot % 32).
     */
    record DocFacets(int[] packed, int[] municipality, int[][] topics, int[] slots) {
    }

    private final RegionSearchIndex index;
    private final Map<String, String> surfaces;
    private final Extras extras;

    /**
     * @param surfaces for each term, the word editors wrote most often for it (for "did you mean")
     */
    public IndexExport(RegionSearchIndex index, Map<String, String> surfaces) {
        this(index, surfaces, Extras.NONE);
    }

    IndexExport(RegionSearchIndex index, Map<String, String> surfaces, Extras extras) {
        this.index = index;
        this.surfaces = surfaces;
        this.extras = extras;
    }

    /** Every term of every field with Lucene's BM25 score per document, terms in String order. */
    List<TermPostings> postings() {
        IndexSearcher searcher = index.searcher();
        LeafReader leaf = index.leaf();
        Similarity similarity = searcher.getSimilarity();
        if (!(similarity instanceof BM25Similarity)) {
            throw new IllegalStateException("the export mirrors BM25 only");
        }
        // per term, per field in BOOSTS order: the documents (ascending) and their scores
        Map<String, List<FieldPostings>> byTerm = new TreeMap<>();
        try {
            for (Map.Entry<String, Float> field : SearchFields.BOOSTS.entrySet()) {
                Terms terms = leaf.terms(field.getKey());
                if (terms == null) {
                    continue;
                }
                long[] norms = norms(leaf, field.getKey());
                CollectionStatistics collection = searcher.collectionStatistics(field.getKey());
                TermsEnum termsEnum = terms.iterator();
                PostingsEnum postings = null;
                for (BytesRef bytes = termsEnum.next(); bytes != null; bytes = termsEnum.next()) {
                    String term = bytes.utf8ToString();
                    TermStatistics statistics = searcher.termStatistics(new Term(field.getKey(), bytes),
                            termsEnum.docFreq(), termsEnum.totalTermFreq());
                    Similarity.SimScorer scorer = similarity.scorer(field.getValue(), collection, statistics);
                    int[] docs = new int[termsEnum.docFreq()];
                    float[] scores = new float[docs.length];
                    int count = 0;
                    postings = termsEnum.postings(postings, PostingsEnum.FREQS);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        if (count == docs.length) {
                            docs = java.util.Arrays.copyOf(docs, count * 2 + 1);
                            scores = java.util.Arrays.copyOf(scores, docs.length);
                        }
                        docs[count] = doc;
                        scores[count++] = scorer.score(postings.freq(), norms[doc]);
                    }
                    byTerm.computeIfAbsent(term, t -> new ArrayList<>(2)).add(new FieldPostings(docs, scores, count));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<TermPostings> result = new ArrayList<>(byTerm.size());
        byTerm.forEach((term, fields) -> result.add(summed(term, fields)));
        return result;
    }

    /** One field's postings of a term: {@code count} documents, ascending, with their scores. */
    private record FieldPostings(int[] docs, float[] scores, int count) {
    }

    /**
     * A term's postings over all fields: per document the sum of its fields' scores, added in field order as a
     * double and then made a float, as Lucene's disjunction sums them (so ties and order are Lucene's).
     */
    private TermPostings summed(String term, List<FieldPostings> fields) {
        String surface = surfaces.getOrDefault(term, term);
        if (fields.size() == 1) {
            FieldPostings only = fields.getFirst();
            return new TermPostings(term, surface, java.util.Arrays.copyOf(only.docs(), only.count()),
                    java.util.Arrays.copyOf(only.scores(), only.count()));
        }
        int[] at = new int[fields.size()];
        int total = 0;
        for (FieldPostings field : fields) {
            total += field.count();
        }
        int[] docs = new int[total];
        float[] scores = new float[total];
        int count = 0;
        while (true) {
            int doc = Integer.MAX_VALUE;
            for (int f = 0; f < at.length; f++) {
                if (at[f] < fields.get(f).count()) {
                    doc = Math.min(doc, fields.get(f).docs()[at[f]]);
                }
            }
            if (doc == Integer.MAX_VALUE) {
                break;
            }
            double sum = 0;
            for (int f = 0; f < at.length; f++) {
                FieldPostings field = fields.get(f);
                if (at[f] < field.count() && field.docs()[at[f]] == doc) {
                    sum += field.scores()[at[f]++];
                }
            }
            docs[count] = doc;
            scores[count++] = (float) sum;
        }
        return new TermPostings(term, surface, java.util.Arrays.copyOf(docs, count), java.util.Arrays.copyOf(scores, count));
    }

    /**
     * The terms cut into shards of about {@link #SHARD_BYTES}, in term order. A shard closes early rather than
     * take a first letter it cannot hold whole: a typo is matched against every term of its first letter, and a
     * letter in one shard keeps that to one request. A letter larger than a shard is cut as it fills up.
     */
    List<Shard> shards(List<TermPostings> terms) {
        // each term's record but for its shared prefix, made once: it is needed for the letters' sizes first
        byte[][] utf8 = new byte[terms.size()][];
        byte[][] rest = new byte[terms.size()][];
        ByteArrayOutputStream scratch = new ByteArrayOutputStream();
        for (int i = 0; i < terms.size(); i++) {
            utf8[i] = terms.get(i).term().getBytes(StandardCharsets.UTF_8);
            scratch.reset();
            writeRest(scratch, terms.get(i));
            rest[i] = scratch.toByteArray();
        }
        Map<Character, Integer> letterBytes = letterBytes(terms, utf8, rest);
        List<Shard> shards = new ArrayList<>();
        ByteArrayOutputStream records = new ByteArrayOutputStream();
        String first = null;
        byte[] previous = new byte[0];
        int count = 0;
        char letter = 0;
        for (int i = 0; i < terms.size(); i++) {
            TermPostings term = terms.get(i);
            char next = term.term().charAt(0);
            if (count > 0 && next != letter && records.size() + letterBytes.get(next) > SHARD_BYTES) {
                shards.add(new Shard(first, shard(count, records)));
                records.reset();
                first = null;
                count = 0;
            }
            if (first == null) {
                // a shard that starts a letter is named by the letter alone, so that a typo's scan of "every term
                // from d" starts in this shard, not in the one before, which ends with the c-terms
                first = next != letter && !Character.isSurrogate(next) ? String.valueOf(next) : term.term();
                previous = new byte[0];
            }
            letter = next;
            writeTerm(records, utf8[i], previous);
            records.writeBytes(rest[i]);
            previous = utf8[i];
            count++;
            if (records.size() >= SHARD_BYTES) {
                shards.add(new Shard(first, shard(count, records)));
                records.reset();
                first = null;
                count = 0;
            }
        }
        if (count > 0) {
            shards.add(new Shard(first, shard(count, records)));
        }
        return shards;
    }

    /** The bytes of each first letter's terms, written as one run. */
    private static Map<Character, Integer> letterBytes(List<TermPostings> terms, byte[][] utf8, byte[][] rest) {
        Map<Character, Integer> bytes = new HashMap<>();
        ByteArrayOutputStream scratch = new ByteArrayOutputStream();
        byte[] previous = new byte[0];
        for (int i = 0; i < terms.size(); i++) {
            scratch.reset();
            writeTerm(scratch, utf8[i], previous);
            previous = utf8[i];   // a new letter shares no prefix with the previous one anyway
            bytes.merge(terms.get(i).term().charAt(0), scratch.size() + rest[i].length, Integer::sum);
        }
        return bytes;
    }

    /** The start of a term's record: the length of the prefix it shares with the previous term, then the rest of it. */
    private static void writeTerm(ByteArrayOutputStream out, byte[] bytes, byte[] previous) {
        int shared = 0;
        while (shared < bytes.length && shared < previous.length && bytes[shared] == previous[shared]) {
            shared++;
        }
        Varints.write(out, shared);
        Varints.write(out, bytes.length - shared);
        out.write(bytes, shared, bytes.length - shared);
    }

    /** The rest of a term's record, which does not depend on the term before it: its postings, facets and tops. */
    private void writeRest(ByteArrayOutputStream out, TermPostings term) {
        byte[] surface = term.surface().equals(term.term()) ? new byte[0] : term.surface().getBytes(StandardCharsets.UTF_8);
        Varints.write(out, surface.length);
        out.write(surface, 0, surface.length);
        Varints.write(out, term.docs().length);

        List<Float> table = new ArrayList<>();
        Map<Float, Integer> indexOf = new HashMap<>();
        for (float score : term.scores()) {
            if (!indexOf.containsKey(score)) {
                indexOf.put(score, 0);
                table.add(score);
            }
        }
        table.sort((a, b) -> Float.compare(b, a));
        for (int i = 0; i < table.size(); i++) {
            indexOf.put(table.get(i), i);
        }
        Varints.write(out, table.size());
        // the bits of positive floats grow with their value, so the table, highest first, is written as the first
        // score's bits and then each step down: mostly three bytes instead of four, and exact
        int previousBits = 0;
        for (int i = 0; i < table.size(); i++) {
            int bits = Float.floatToIntBits(table.get(i));
            Varints.write(out, i == 0 ? bits : previousBits - bits);
            previousBits = bits;
        }
        ByteArrayOutputStream postings = new ByteArrayOutputStream();
        int last = 0;
        for (int i = 0; i < term.docs().length; i++) {
            Varints.write(postings, term.docs()[i] - last);
            last = term.docs()[i];
            if (table.size() > 1) {
                Varints.write(postings, indexOf.get(term.scores()[i]));
            }
        }
        Varints.write(out, postings.size());
        out.writeBytes(postings.toByteArray());

        DocFacets values = extras.facets();
        if (values == null) {
            return;   // a small region: facets in index.json, no top documents (its display data is there too)
        }
        ByteArrayOutputStream facets = new ByteArrayOutputStream();
        // by column (each value of the same kind together), which compresses about a fifth better
        for (int doc : term.docs()) {
            Varints.write(facets, values.packed()[doc]);
        }
        for (int doc : term.docs()) {
            Varints.write(facets, values.municipality()[doc] + 1);
        }
        for (int doc : term.docs()) {
            Varints.write(facets, values.topics()[doc].length);
            for (int topic : values.topics()[doc]) {
                Varints.write(facets, topic);
            }
        }
        for (int doc : term.docs()) {
            Varints.write(facets, values.slots()[doc]);
        }
        Varints.write(out, facets.size());
        out.writeBytes(facets.toByteArray());
        String top = extras.tops().get(term.term());
        byte[] topBytes = top == null ? new byte[0] : top.getBytes(StandardCharsets.UTF_8);
        Varints.write(out, topBytes.length);
        out.writeBytes(topBytes);
    }

    private static byte[] shard(int count, ByteArrayOutputStream records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(records.size() + 5);
        Varints.write(out, count);
        out.writeBytes(records.toByteArray());
        return out.toByteArray();
    }

    private static long[] norms(LeafReader leaf, String field) throws IOException {
        long[] norms = new long[leaf.maxDoc()];
        NumericDocValues values = leaf.getNormValues(field);
        if (values != null) {
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                norms[doc] = values.longValue();
            }
        }
        return norms;
    }

    /** Unsigned LEB128. */
    static final class Varints {
        private Varints() {
        }

        static void write(ByteArrayOutputStream out, int value) {
            if (value < 0) {
                throw new IllegalArgumentException("negative varint " + value);
            }
            while ((value & ~0x7F) != 0) {
                out.write((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            out.write(value);
        }
    }
}
