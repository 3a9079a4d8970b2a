package nl.kring.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.kring.model.Topic;
import nl.kring.region.Region;
import nl.kring.render.Assets;
import nl.kring.render.Messages;
import nl.kring.render.OutputFile;
import nl.kring.source.MarkdownSyntax;
import nl.kring.text.Json;

/**
 * The search stage of the pipeline: indexes one region with Lucene and writes the static export under
 * {@code search/}: {@code index.json} (the entry point: analysis tables, shard and chunk names, facet data,
 * the UI texts), term shards {@code t<n>.<hash>.bin} and display-data chunks {@code d<n>.<hash>.json}.
 * Only {@code index.json} keeps its name between builds; everything it points to is named by content hash.
 */
public final class SearchIndexer {

    public static final String DIRECTORY = "search/";
    public static final String ENTRY = DIRECTORY + "index.json";
    /** Display data is fetched in chunks of this many documents. */
    static final int CHUNK_SIZE = 32;
    /** A topic word's shard carries the display data of this many of its best documents: a page of results. */
    static final int TOP = 10;
    private static final String TEXT_PREFIX = "search.js.";

    private final DutchAnalysis analysis;
    private final MarkdownSyntax markdown;

    public SearchIndexer(DutchAnalysis analysis, MarkdownSyntax markdown) {
        this.analysis = analysis;
        this.markdown = markdown;
    }

    /** The region's documents indexed with Lucene; the caller closes it. */
    public RegionSearchIndex index(Region region, Messages messages, Function<String, String> municipalityName) {
        return index(region, new SearchDocuments(markdown, messages, municipalityName).of(region));
    }

    private RegionSearchIndex index(Region region, List<SearchDocument> documents) {
        return new RegionSearchIndex(analysis, documents, topicVocabulary(region.topics()));
    }

    /**
     * A region's export and what it was made from, so a rebuild (in the preview) can keep it when nothing
     * the search shows has changed: the same region (its content) and theme texts give the same documents.
     */
    public record Export(List<SearchDocument> documents, List<Topic> topics, Map<String, String> texts,
                         List<OutputFile> files, Region region, Messages messages,
                         Map<String, String> municipalityNames) {
        public Export {
            municipalityNames = Map.copyOf(municipalityNames);
            documents = List.copyOf(documents);
            topics = List.copyOf(topics);
            texts = Map.copyOf(texts);
            files = List.copyOf(files);
        }
    }

    /** The export, or {@code previous} (null on a first build) when the documents, topics and texts are the same as then. */
    public Export export(Region region, Messages messages, Function<String, String> municipalityName,
                         Export previous) {
        return export(region, messages, municipalityName, previous, SharedDocuments.forOneBuild());
    }

    /**
     * Whether {@code previous} is surely still the region's export: made from an equal region (the preview's
     * assembler hands on the very same region when no change concerns it) with the same texts and municipality
     * names. When not sure, the export must be made again: {@link #export} then still gives {@code previous}
     * when its documents, topics and texts turn out to be the same. The preview leaves that to a thread of its
     * own; working out every region's documents here was half a second of an online group's save on a
     * national network.
     */
    public boolean isSurelyCurrent(Export previous, Region region, Messages messages,
                                   Function<String, String> municipalityName) {
        return previous.messages() == messages && previous.region().equals(region)
                && previous.municipalityNames().equals(municipalityNames(region, municipalityName));
    }

    /**
     * The export, as {@link #export(Region, Messages, Function, Export)}, reusing from {@code shared} what an
     * earlier region of the same build made of the items it lists too.
     */
    public Export export(Region region, Messages messages, Function<String, String> municipalityName,
                         Export previous, SharedDocuments shared) {
        List<SearchDocument> documents = new SearchDocuments(markdown, messages, municipalityName, shared).of(region);
        Map<String, String> texts = messages.withPrefix(TEXT_PREFIX);
        if (previous != null && previous.documents().equals(documents) && previous.topics().equals(region.topics())
                && previous.texts().equals(texts)) {
            return previous;
        }
        Function<SearchDocument, List<String>> wordsOf = document -> shared.words(document, analysis::words);
        Function<String, String> termOf = word -> shared.termOf(word, this::onlyTermOf);
        try (RegionSearchIndex index = new RegionSearchIndex(analysis, documents, topicVocabulary(region.topics()),
                shared)) {
            return new Export(documents, region.topics(), texts, export(index, region, texts, municipalityName, wordsOf,
                    termOf, shared),
                    region, messages, municipalityNames(region, municipalityName));
        }
    }

    private List<OutputFile> export(RegionSearchIndex index, Region region, Map<String, String> texts,
                                    Function<String, String> municipalityName,
                                    Function<SearchDocument, List<String>> wordsOf, Function<String, String> termOf,
                                    SharedDocuments shared) {
        List<SearchDocument> documents = index.documents();
        Map<String, String> surfaces = SurfaceForms.withAddedWords(SurfaceForms.of(documents, wordsOf, termOf),
                analysis.addedWords(topicVocabulary(region.topics())), termOf);
        List<IndexExport.TermPostings> postings = new IndexExport(index, surfaces).postings();
        List<List<String>> topicTerms = region.topics().stream()
                .map(t -> index.indexTerms(SearchFields.TOPICS, t.name() + " " + String.join(" ", t.synonyms())))
                .toList();
        int chunkSize = chunkSize(documents.size());
        List<String> vocabulary = topicVocabulary(region.topics());
        CompoundSplitter splitter = analysis.splitter(vocabulary);
        Map<SearchDocument, String> rows = new java.util.IdentityHashMap<>();
        Function<SearchDocument, String> rowOf = document -> rows.computeIfAbsent(document,
                d -> shared.row(d, vocabulary, s -> ExportJson.row(s, analysis, splitter)));
        boolean large = chunkSize < documents.size();
        int[] displayOrder = large ? displayOrder(documents, region.topics(), region.topics().stream()
                .map(t -> index.indexTerms(SearchFields.TOPICS, t.name())).toList(), postings)
                : java.util.stream.IntStream.range(0, documents.size()).toArray();
        int[] slots = new int[documents.size()];
        for (int slot = 0; slot < displayOrder.length; slot++) {
            slots[displayOrder[slot]] = slot;
        }
        IndexExport.Extras extras = large
                ? new IndexExport.Extras(docFacets(documents, region.topics(), slots),
                        tops(postings, documents, region.topics(), topicTerms, rowOf))
                : IndexExport.Extras.NONE;
        IndexExport export = new IndexExport(index, surfaces, extras);
        List<OutputFile> files = new ArrayList<>();
        List<String[]> shards = new ArrayList<>();
        List<IndexExport.Shard> cut = export.shards(postings);
        for (int i = 0; i < cut.size(); i++) {
            IndexExport.Shard shard = cut.get(i);
            String name = "t" + i + "." + Assets.shortHash(shard.bytes()) + ".bin";
            files.add(new OutputFile(DIRECTORY + name, shard.bytes(), null));
            shards.add(new String[] {shard.firstTerm(), name});
        }
        String facetFile = null;
        if (large) {
            byte[] bytes = (ExportJson.facetColumns(documents, region.topics(), slots) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            facetFile = "f." + Assets.shortHash(bytes) + ".json";
            files.add(new OutputFile(DIRECTORY + facetFile, bytes, null));
        }
        List<String> chunks = new ArrayList<>();
        List<SearchDocument> displayed = java.util.Arrays.stream(displayOrder).mapToObj(documents::get).toList();
        for (int start = 0; start < documents.size(); start += chunkSize) {
            String chunk = ExportJson.chunk(displayed.subList(start, Math.min(documents.size(), start + chunkSize)),
                    rowOf);
            if (chunkSize >= documents.size()) {
                chunks.add(chunk);   // a small region's one chunk travels inside index.json: one request less
                break;
            }
            byte[] bytes = chunk.getBytes(StandardCharsets.UTF_8);
            String name = "d" + (start / chunkSize) + "." + Assets.shortHash(bytes) + ".json";
            files.add(new OutputFile(DIRECTORY + name, bytes, null));
            chunks.add(Json.quote(name));
        }
        List<byte[]> lexicon = analysis.lexicon().filter();
        String lexiconHash = analysis.lexicon().filterHash();
        for (int i = 0; i < lexicon.size(); i++) {
            files.add(new OutputFile(DIRECTORY + "l" + i + "." + lexiconHash + ".bin", lexicon.get(i), null));
        }
        Map<String, String> pastForms = analysis.pastFormsJoinedIn(() -> postings.stream()
                .map(IndexExport.TermPostings::term).iterator());
        String entry = ExportJson.entry(documents, shards, chunks, chunkSize, facetFile, analysis, pastForms,
                region.topics(), topicTerms, municipalityName, texts, lexiconHash);
        files.add(new OutputFile(ENTRY, entry.getBytes(StandardCharsets.UTF_8), null));
        return files;
    }

    /**
     * The order of a large region's display data: documents with the same set of topics together, groups first,
     * then the documents that score highest for their own topics' names (as the shards hold them). A search for
     * two subjects ("mantelzorg dementie") ranks the groups about both first, and the best of them now share a
     * chunk or two instead of being spread over every chunk of the topic. The shards tell the
     * browser each document's place (its slot), so the document numbers, and with them Lucene's order of equal
     * scores, stay as they are.
     */
    private static int[] displayOrder(List<SearchDocument> documents, List<Topic> topics, List<List<String>> nameTerms,
                                      List<IndexExport.TermPostings> postings) {
        Map<String, IndexExport.TermPostings> byTerm = new java.util.HashMap<>();
        postings.forEach(p -> byTerm.put(p.term(), p));
        List<String> slugs = topics.stream().map(Topic::slug).toList();
        double[] rank = new double[documents.size()];
        for (int t = 0; t < nameTerms.size(); t++) {
            String slug = slugs.get(t);
            for (String term : new java.util.TreeSet<>(nameTerms.get(t))) {
                IndexExport.TermPostings p = byTerm.get(term);
                if (p == null) {
                    continue;
                }
                for (int i = 0; i < p.docs().length; i++) {
                    if (documents.get(p.docs()[i]).topics().contains(slug)) {
                        rank[p.docs()[i]] += p.scores()[i];
                    }
                }
            }
        }
        List<String> keys = new ArrayList<>(documents.size());
        for (SearchDocument document : documents) {
            int[] set = document.topics().stream().mapToInt(slugs::indexOf).filter(i -> i >= 0).sorted().toArray();
            StringBuilder key = new StringBuilder();
            for (int topic : set) {
                key.append((char) ('A' + topic));   // one character per topic: sorts as the list of topic numbers
            }
            keys.add(set.length == 0 ? "\uffff" : key.toString());
        }
        return java.util.stream.IntStream.range(0, documents.size()).boxed()
                .sorted(java.util.Comparator.<Integer, String>comparing(keys::get)
                        .thenComparing(doc -> documents.get(doc).type())
                        .thenComparing(doc -> -rank[doc])
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .mapToInt(Integer::intValue).toArray();
    }

    /** Facet values per document, as the shards carry them (see {@link IndexExport}). */
    private static IndexExport.DocFacets docFacets(List<SearchDocument> documents, List<Topic> topics, int[] slots) {
        List<String> topicSlugs = topics.stream().map(Topic::slug).toList();
        List<String> municipalities = ExportJson.municipalities(documents);
        int[] packed = new int[documents.size()];
        int[] municipality = new int[documents.size()];
        int[][] topicIndexes = new int[documents.size()][];
        for (int doc = 0; doc < documents.size(); doc++) {
            SearchDocument document = documents.get(doc);
            packed[doc] = document.type().ordinal() | document.formats() << 2 | (document.ended() ? 1 : 0) << 4
                    | document.days() << 5;
            municipality[doc] = document.municipality() == null ? -1 : municipalities.indexOf(document.municipality());
            topicIndexes[doc] = document.topics().stream().mapToInt(topicSlugs::indexOf).filter(i -> i >= 0).toArray();
        }
        return new IndexExport.DocFacets(packed, municipality, topicIndexes, slots);
    }

    /**
     * For each word of a topic (its name or a synonym, as indexed): the display rows of the ten documents a search
     * for that word alone shows first, as search.js ranks them (groups about the topic lead, then the score times
     * the type's weight; ended groups left out). They travel in the word's shard, so a search for a subject shows
     * its first page without fetching display-data files that its results are spread over. Only a cache: a
     * document missing from it is fetched from its chunk.
     */
    private Map<String, String> tops(List<IndexExport.TermPostings> postings, List<SearchDocument> documents,
                                     List<Topic> topics, List<List<String>> topicTerms,
                                     Function<SearchDocument, String> rowOf) {
        Map<String, java.util.Set<String>> topicsNamedBy = new java.util.HashMap<>();
        for (int t = 0; t < topicTerms.size(); t++) {
            for (String term : topicTerms.get(t)) {
                topicsNamedBy.computeIfAbsent(term, k -> new java.util.HashSet<>()).add(topics.get(t).slug());
            }
        }
        Map<String, String> tops = new java.util.HashMap<>();
        for (IndexExport.TermPostings term : postings) {
            java.util.Set<String> named = topicsNamedBy.get(term.term());
            if (named == null) {
                continue;
            }
            int[] best = best(term, documents, named);
            if (best.length > 0) {
                tops.put(term.term(), ExportJson.numberedRows(java.util.Arrays.stream(best).boxed().toList(),
                        documents, rowOf));
            }
        }
        return tops;
    }

    /**
     * The term's {@link #TOP} documents, best first: groups about a topic the term names, then by weighted score,
     * then by document number; ended groups left out. A term of a large region's topic names thousands of
     * documents, so they are ranked in place (primitive arrays, a short list of the best so far), not sorted.
     */
    private static int[] best(IndexExport.TermPostings term, List<SearchDocument> documents,
                              java.util.Set<String> named) {
        int[] docs = new int[TOP];
        float[] weights = new float[TOP];
        boolean[] leads = new boolean[TOP];
        int count = 0;
        for (int i = 0; i < term.docs().length; i++) {
            int doc = term.docs()[i];
            SearchDocument document = documents.get(doc);
            if (document.ended()) {
                continue;
            }
            float weight = term.scores()[i] * RegionSearchIndex.typeWeight(document.type());
            boolean lead = document.type() == DocumentType.GROUP && document.topics().stream().anyMatch(named::contains);
            int place = count;   // where it goes among the best so far (after those that rank before it)
            while (place > 0 && ranksBefore(lead, weight, doc, leads[place - 1], weights[place - 1], docs[place - 1])) {
                place--;
            }
            if (place >= TOP) {
                continue;
            }
            int last = Math.min(count, TOP - 1);
            System.arraycopy(docs, place, docs, place + 1, last - place);
            System.arraycopy(weights, place, weights, place + 1, last - place);
            System.arraycopy(leads, place, leads, place + 1, last - place);
            docs[place] = doc;
            weights[place] = weight;
            leads[place] = lead;
            count = Math.min(count + 1, TOP);
        }
        return java.util.Arrays.copyOf(docs, count);
    }

    private static boolean ranksBefore(boolean lead, float weight, int doc, boolean otherLead, float otherWeight,
                                       int otherDoc) {
        if (lead != otherLead) {
            return lead;
        }
        int byWeight = Float.compare(otherWeight, weight);
        return byWeight != 0 ? byWeight < 0 : doc < otherDoc;
    }

    /** The one term the query analyzer makes of a word, or "" when it makes none or several. */
    private String onlyTermOf(String word) {
        List<String> terms = analysis.terms(analysis.queryAnalyzer(), word);
        return terms.size() == 1 ? terms.getFirst() : "";
    }

    /**
     * Documents per display-data chunk: {@link #CHUNK_SIZE}, but a small region (up to twice that) gets one
     * chunk, which index.json carries itself, so that a first search costs one request less (and ten results
     * spread over its topics never two chunks). A larger region's chunks are files, fetched as results need them.
     */
    static int chunkSize(int documents) {
        return documents <= 2 * CHUNK_SIZE ? Math.max(1, documents) : CHUNK_SIZE;
    }

    /** The names of the municipalities of the region's documents (online groups come from everywhere). */
    private static Map<String, String> municipalityNames(Region region, Function<String, String> municipalityName) {
        Map<String, String> names = new java.util.TreeMap<>();
        region.listedGroups().forEach(g -> names.computeIfAbsent(g.municipality(), municipalityName));
        region.municipalities().forEach(m -> names.computeIfAbsent(m.slug(), municipalityName));
        return names;
    }

    private static List<String> topicVocabulary(List<Topic> topics) {
        List<String> words = new ArrayList<>();
        for (Topic topic : topics) {
            words.add(topic.name());
            words.addAll(topic.synonyms());
        }
        return words;
    }
}
