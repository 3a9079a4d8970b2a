package nl.kring.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.kring.model.Topic;
import nl.kring.text.Json;

/**
 * The JSON files of the search export. Facet data is stored per column (one string or array per facet,
 * one entry per document), which compresses far better than one object per document.
 */
final class ExportJson {

    static final int VERSION = 1;

    private ExportJson() {
    }

    /**
     * Display data of a run of documents: title, site path (without the leading slash), snippet source, and the
     * compounds among the snippet's words with their pieces ({"borstkanker":["borst","kanker"]}), so the browser
     * marks the piece a query matched (borst<mark>kanker</mark>) and never a look-alike ("rouw" in "vrouwen").
     */
    static String chunk(List<SearchDocument> documents, Function<SearchDocument, String> rowOf) {
        StringBuilder json = new StringBuilder("[");
        for (SearchDocument document : documents) {
            if (json.length() > 1) {
                json.append(",\n");
            }
            json.append(rowOf.apply(document));
        }
        return json.append("]\n").toString();
    }

    /** The display rows of some documents, each led by its document number: a term's ten best (in its shard). */
    static String numberedRows(List<Integer> docs, List<SearchDocument> documents,
                               Function<SearchDocument, String> rowOf) {
        List<String> rows = new ArrayList<>();
        for (int doc : docs) {
            rows.add("[" + doc + "," + rowOf.apply(documents.get(doc)).substring(1));
        }
        return "[" + String.join(",", rows) + "]";
    }

    /**
     * One document's display row: [title, path, snippet(, compounds)]. It depends on the document and the splitter
     * alone, so the export makes it once per document (a document is in its chunk and among the best of several
     * terms) and the build once per shared document ({@link SharedDocuments#row}).
     */
    static String row(SearchDocument document, DutchAnalysis analysis, CompoundSplitter splitter) {
        StringBuilder json = new StringBuilder();
        json.append("[").append(Json.quote(document.title()))
                .append(",").append(Json.quote(document.sitePath().substring(1)))
                .append(",").append(Json.quote(document.snippet()));
        java.util.Map<String, List<String>> splits = new java.util.TreeMap<>();
        for (String word : analysis.words(document.snippet())) {
            List<String> parts = splitter.parts(word);
            if (!parts.isEmpty()) {
                splits.put(word, parts);
            }
        }
        if (!splits.isEmpty()) {
            List<String> entries = new ArrayList<>();
            splits.forEach((word, parts) -> entries.add(Json.quote(word) + ":" + strings(parts)));
            json.append(",{").append(String.join(",", entries)).append("}");
        }
        return json.append("]").toString();
    }

    /** The municipalities of the documents, sorted: facet values and the numbers facet data refer to. */
    static List<String> municipalities(List<SearchDocument> documents) {
        return documents.stream().map(SearchDocument::municipality)
                .filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }

    /**
     * The facet values of every document, by column: index.json carries them in a small region; a large one
     * writes them to a file of their own, fetched only to browse by facet (a search gets its results' values
     * from the shards).
     */
    static String facetColumns(List<SearchDocument> documents, List<Topic> topics, int[] slots) {
        List<String> topicSlugs = topics.stream().map(Topic::slug).toList();
        List<String> municipalities = municipalities(documents);
        StringBuilder types = new StringBuilder();
        StringBuilder formats = new StringBuilder();
        List<String> places = new ArrayList<>();
        List<String> topicLists = new ArrayList<>();
        List<String> days = new ArrayList<>();
        for (SearchDocument document : documents) {
            types.append(document.type().ordinal());
            formats.append(document.formats());
            places.add(String.valueOf(document.municipality() == null ? -1 : municipalities.indexOf(document.municipality())));
            topicLists.add(document.topics().stream().map(topicSlugs::indexOf).filter(i -> i >= 0)
                    .map(String::valueOf).toList().toString().replace(" ", ""));
            days.add(String.valueOf(document.days()));
        }
        StringBuilder json = new StringBuilder("{\n");
        json.append("\"type\":").append(Json.quote(types.toString())).append(",\n");
        json.append("\"format\":").append(Json.quote(formats.toString())).append(",\n");
        json.append("\"municipality\":[").append(String.join(",", places)).append("],\n");
        json.append("\"topics\":[").append(String.join(",", topicLists)).append("],\n");
        json.append("\"days\":[").append(String.join(",", days)).append("],\n");
        if (slots != null) {
            json.append("\"slots\":").append(java.util.Arrays.toString(slots).replace(" ", "")).append(",\n");
        }
        json.append("\"ended\":[").append(String.join(",", java.util.stream.IntStream.range(0, documents.size())
                .filter(i -> documents.get(i).ended()).mapToObj(String::valueOf).toList())).append("]\n}");
        return json.toString();
    }

    /**
     * index.json. {@code chunks}: per display-data chunk its file name as a JSON string, or (a small region's one
     * chunk) the chunk itself; {@code topicTerms}: per topic the index terms of its name and synonyms, so the
     * browser knows which groups a query word is about (as the Lucene side reads them from the topics field);
     * {@code pastForms}: the strong pasts the region's separable verbs need ({@link DutchAnalysis#pastFormsJoinedIn}).
     */
    static String entry(List<SearchDocument> documents, List<String[]> shards, List<String> chunks, int chunkSize,
                        String facetFile, DutchAnalysis analysis, Map<String, String> pastForms, List<Topic> topics,
                        List<List<String>> topicTerms,
                        Function<String, String> municipalityName,
                        Map<String, String> texts, String lexiconHash) {
        List<String> municipalities = municipalities(documents);

        StringBuilder json = new StringBuilder("{\n");
        json.append("\"version\":").append(VERSION).append(",\n");
        json.append("\"documents\":").append(documents.size()).append(",\n");
        json.append("\"chunkSize\":").append(chunkSize).append(",\n");
        json.append("\"shards\":[").append(String.join(",", shards.stream()
                .map(s -> "[" + Json.quote(s[0]) + "," + Json.quote(s[1]) + "]").toList())).append("],\n");
        json.append("\"chunks\":[").append(String.join(",", chunks.stream().map(String::strip).toList())).append("],\n");
        json.append("\"types\":").append(strings(List.of(DocumentType.values()).stream().map(DocumentType::code).toList()))
                .append(",\n");
        json.append("\"topics\":[").append(String.join(",", topics.stream()
                .map(t -> "[" + Json.quote(t.slug()) + "," + Json.quote(t.name()) + "]").toList())).append("],\n");
        json.append("\"topicTerms\":[").append(String.join(",", topicTerms.stream().map(ExportJson::strings).toList()))
                .append("],\n");
        json.append("\"municipalities\":[").append(String.join(",", municipalities.stream()
                .map(m -> "[" + Json.quote(m) + "," + Json.quote(municipalityName.apply(m)) + "]").toList()))
                .append("],\n");
        if (facetFile == null) {
            json.append("\"facets\":").append(facetColumns(documents, topics, null)).append(",\n");
        } else {
            json.append("\"facetFile\":").append(Json.quote(facetFile)).append(",\n");
        }
        json.append("\"analysis\":{\n");
        json.append("\"stopWords\":").append(strings(analysis.stopWords())).append(",\n");
        json.append("\"stemOverrides\":").append(object(analysis.stemOverrides())).append(",\n");
        json.append("\"folding\":").append(folding(analysis.foldingTable())).append(",\n");
        json.append("\"fillers\":").append(strings(analysis.fillers())).append(",\n");
        json.append("\"particles\":").append(strings(analysis.particles())).append(",\n");
        json.append("\"lightVerbs\":").append(strings(analysis.lightVerbs())).append(",\n");
        json.append("\"pastForms\":").append(object(pastForms)).append("\n},\n");
        json.append("\"ranking\":{\"handful\":").append(RegionSearchIndex.HANDFUL).append(",\"typeWeights\":[")
                .append(String.join(",", List.of(DocumentType.values()).stream()
                        .map(t -> Float.toString(RegionSearchIndex.typeWeight(t))).toList())).append("]},\n");
        json.append("\"lexicon\":{\"hash\":").append(Json.quote(lexiconHash)).append(",\"buckets\":")
                .append(LexiconFilter.BUCKETS).append(",\"probes\":").append(LexiconFilter.PROBES).append("},\n");
        json.append("\"texts\":").append(object(texts)).append("\n}\n");
        return json.toString();
    }

    /**
     * The folding table as the browser reads it: what each folded character becomes, in code point order, with
     * the step from the previous character as a number before it when that step is not 1 ({@code [172,"\"",7,
     * "2","3",…]}: U+00AB becomes a quote, U+00B2 "2", U+00B3 "3"). Runs of neighbouring characters make it
     * compress to 1.4 kB instead of the 3.4 kB of a map from each target to its characters.
     */
    static String folding(Map<String, String> table) {
        java.util.TreeMap<Character, String> byCharacter = new java.util.TreeMap<>();
        table.forEach((target, sources) -> sources.chars().forEach(c -> byCharacter.put((char) c, target)));
        List<String> items = new ArrayList<>();
        int previous = -1;
        for (Map.Entry<Character, String> entry : byCharacter.entrySet()) {
            if (entry.getKey() != previous + 1) {
                items.add(String.valueOf(entry.getKey() - previous));
            }
            items.add(Json.quote(entry.getValue()));
            previous = entry.getKey();
        }
        return "[" + String.join(",", items) + "]";
    }

    private static String strings(List<String> values) {
        return "[" + String.join(",", values.stream().map(Json::quote).toList()) + "]";
    }

    private static String object(Map<String, String> map) {
        List<String> entries = new ArrayList<>();
        map.forEach((k, v) -> entries.add(Json.quote(k) + ":" + Json.quote(v)));
        return "{" + String.join(",\n", entries) + "}";
    }
}
