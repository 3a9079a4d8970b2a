package nl.kring.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import nl.kring.model.ContentItem;
import nl.kring.region.Region;
import nl.kring.render.Messages;

/**
 * What the search stage makes of content items, made once and reused: the search document (its plain text
 * comes from parsing the Markdown body) and the words of its text (the raw material of the compound dictionary
 * and the surface forms). A document depends only on its item and the theme's texts, so the exports are exactly
 * those made without this.
 * <p>
 * A build keeps the items several regions list (online groups, network pages) for the other regions
 * ({@link #forOneBuild()}); the preview keeps every item between its builds ({@link #forEveryItem()}), and an
 * item is made again when its file changed (the loader then gives a new item object). Thread-safe.
 */
public final class SharedDocuments {

    private record Key(String path, Messages messages) {
    }

    /** A document, the item it was made from, and what else it shows (see {@link #document}). */
    private record Made(ContentItem item, Object madeFrom, SearchDocument document) {
    }

    private final boolean everyItem;
    private final Map<Key, Made> documents = new ConcurrentHashMap<>();
    private final Set<SearchDocument> kept = ConcurrentHashMap.newKeySet();
    private final Map<SearchDocument, List<String>> words = new ConcurrentHashMap<>();
    /** The documents of items several regions list: only their analysed fields are kept (memory). */
    private final Set<SearchDocument> inSeveralRegions = ConcurrentHashMap.newKeySet();
    /** Per topic vocabulary (which decides the index analyzer), each kept document's analysed fields. */
    private final Map<List<String>, Map<SearchDocument, Map<String, AnalysedText>>> analysed = new ConcurrentHashMap<>();
    /** Per topic vocabulary (which decides the compound splitter), each kept document's display row. */
    private final Map<List<String>, Map<SearchDocument, String>> rows = new ConcurrentHashMap<>();

    /** The one term the query analyzer makes of a word, or "" (see {@link SurfaceForms}); the same in every region. */
    private final Map<String, String> termOfWord = new ConcurrentHashMap<>();

    private SharedDocuments(boolean everyItem) {
        this.everyItem = everyItem;
    }

    public static SharedDocuments forOneBuild() {
        return new SharedDocuments(false);
    }

    public static SharedDocuments forEveryItem() {
        return new SharedDocuments(true);
    }

    /**
     * The item's document, made by {@code make} unless it was made before from the very same item and an equal
     * {@code madeFrom}: everything else the document shows (a group's topic names and municipality name, which
     * come from other files).
     */
    SearchDocument document(ContentItem item, Messages messages, Object madeFrom, Supplier<SearchDocument> make) {
        if (!everyItem && !Region.mayBeInSeveralRegions(item)) {
            return make.get();
        }
        Made made = documents.compute(new Key(item.path(), messages), (key, before) -> {
            if (before != null && before.item() == item && before.madeFrom().equals(madeFrom)) {
                return before;
            }
            if (before != null) {
                kept.remove(before.document());
                words.remove(before.document());
                inSeveralRegions.remove(before.document());
                analysed.values().forEach(documents -> documents.remove(before.document()));
                rows.values().forEach(documents -> documents.remove(before.document()));
            }
            SearchDocument document = make.get();
            kept.add(document);
            if (Region.mayBeInSeveralRegions(item)) {
                inSeveralRegions.add(document);
            }
            return new Made(item, madeFrom, document);
        });
        return made.document();
    }

    /** All words of a document's fields; remembered for the documents this holds. */
    List<String> words(SearchDocument document, Function<SearchDocument, List<String>> compute) {
        return kept.contains(document) ? words.computeIfAbsent(document, compute) : compute.apply(document);
    }

    /** The one term the query analyzer makes of a word, or "" when it makes none or several; asked once per word. */
    String termOf(String word, Function<String, String> compute) {
        return termOfWord.computeIfAbsent(word, compute);
    }

    /** How many documents' analysed fields this holds (for tests: shared texts are analysed once). */
    int analysedDocuments() {
        return analysed.values().stream().mapToInt(Map::size).sum();
    }

    /**
     * The tokens of one field of a document as the index analyzer for {@code vocabulary} makes them: remembered
     * for documents of items several regions list, so each region's index does not analyse them again; null for
     * other documents (the index analyses their text as it adds it).
     */
    AnalysedText analysed(SearchDocument document, String field, List<String> vocabulary,
                          Function<String, AnalysedText> analyse) {
        if (!inSeveralRegions.contains(document)) {
            return null;
        }
        return analysed.computeIfAbsent(List.copyOf(vocabulary), v -> new ConcurrentHashMap<>())
                .computeIfAbsent(document, d -> new ConcurrentHashMap<>())
                .computeIfAbsent(field, analyse);
    }

    /**
     * A document's display row in the search export as {@code make} makes it with the compound splitter of
     * {@code vocabulary}: remembered for documents of items several regions list, made each time for others.
     */
    String row(SearchDocument document, List<String> vocabulary, Function<SearchDocument, String> make) {
        if (!inSeveralRegions.contains(document)) {
            return make.apply(document);
        }
        return rows.computeIfAbsent(List.copyOf(vocabulary), v -> new ConcurrentHashMap<>())
                .computeIfAbsent(document, make);
    }
}
