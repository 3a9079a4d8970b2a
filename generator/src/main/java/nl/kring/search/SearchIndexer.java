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

    /** Whether {@code previous} is still the region's export: the same documents, topics and texts. */
    public boolean isCurrent(Export previous, Region region, Messages messages, Function<String, String> municipalityName,
                             SharedDocuments shared) {
        if (previous.messages() == messages && previous.region().equals(region)
                && previous.municipalityNames().equals(municipalityNames(region, municipalityName))) {
            return true;   // the same content makes the same documents; quicker to see on the region
        }
        return previous.documents().equals(new SearchDocuments(markdown, messages, municipalityName, shared).of(region))
                && previous.topics().equals(region.topics()) && previous.texts().equals(messages.withPrefix(TEXT_PREFIX));
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
        try (RegionSearchIndex index = new RegionSearchIndex(analysis, documents, topicVocabulary(region.topics()),
                shared)) {
            return new Export(documents, region.topics(), texts, export(index, region, texts, municipalityName, wordsOf),
                    region, messages, municipalityNames(region, municipalityName));
        }
    }

    private List<OutputFile> export(RegionSearchIndex index, Region region, Map<String, String> texts,
                                    Function<String, String> municipalityName,
                                    Function<SearchDocument, List<String>> wordsOf) {
        List<SearchDocument> documents = index.documents();
        IndexExport export = new IndexExport(index, SurfaceForms.of(analysis, documents, wordsOf));
        List<OutputFile> files = new ArrayList<>();
        List<String[]> shards = new ArrayList<>();
        List<IndexExport.Shard> cut = export.shards(export.postings());
        for (int i = 0; i < cut.size(); i++) {
            IndexExport.Shard shard = cut.get(i);
            String name = "t" + i + "." + Assets.shortHash(shard.bytes()) + ".bin";
            files.add(new OutputFile(DIRECTORY + name, shard.bytes(), null));
            shards.add(new String[] {shard.firstTerm(), name});
        }
        List<String> chunks = new ArrayList<>();
        int chunkSize = chunkSize(documents.size());
        CompoundSplitter splitter = analysis.splitter(topicVocabulary(region.topics()));
        for (int start = 0; start < documents.size(); start += chunkSize) {
            String chunk = ExportJson.chunk(documents.subList(start, Math.min(documents.size(), start + chunkSize)),
                    analysis, splitter);
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
        String lexiconHash = lexiconHash(lexicon);
        for (int i = 0; i < lexicon.size(); i++) {
            files.add(new OutputFile(DIRECTORY + "l" + i + "." + lexiconHash + ".bin", lexicon.get(i), null));
        }
        List<List<String>> topicTerms = region.topics().stream()
                .map(t -> index.indexTerms(SearchFields.TOPICS, t.name() + " " + String.join(" ", t.synonyms())))
                .toList();
        String entry = ExportJson.entry(documents, shards, chunks, chunkSize, analysis, region.topics(), topicTerms,
                municipalityName, texts, lexiconHash);
        files.add(new OutputFile(ENTRY, entry.getBytes(StandardCharsets.UTF_8), null));
        return files;
    }

    /**
     * Documents per display-data chunk: {@link #CHUNK_SIZE}, but a small region (up to twice that) gets one
     * chunk, which index.json carries itself, so that a first search costs one request less (and ten results
     * spread over its topics never two chunks). A larger region's chunks are files, fetched as results need them.
     */
    static int chunkSize(int documents) {
        return documents <= 2 * CHUNK_SIZE ? Math.max(1, documents) : CHUNK_SIZE;
    }

    /** One hash for all lexicon buckets: they change together, when the lexicon does. */
    private static String lexiconHash(List<byte[]> buckets) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        buckets.forEach(all::writeBytes);
        return Assets.shortHash(all.toByteArray());
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
