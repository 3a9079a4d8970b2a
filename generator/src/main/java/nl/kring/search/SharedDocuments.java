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
 * What the search stage makes of items that several regions list (online groups, network pages), made once
 * per build and reused by the other regions: the search document (its plain text comes from parsing the
 * Markdown body) and the words of its text (the raw material of the compound dictionary and the surface
 * forms). A document is the same in every region, so the exports are exactly those made without this.
 * Holds only such items; thread-safe; one per build.
 */
public final class SharedDocuments {

    private record Key(String path, Messages messages) {
    }

    private final Map<Key, SearchDocument> documents = new ConcurrentHashMap<>();
    private final Set<SearchDocument> shared = ConcurrentHashMap.newKeySet();
    private final Map<SearchDocument, List<String>> words = new ConcurrentHashMap<>();

    SearchDocument document(ContentItem item, Messages messages, Supplier<SearchDocument> make) {
        if (!Region.mayBeInSeveralRegions(item)) {
            return make.get();
        }
        return documents.computeIfAbsent(new Key(item.path(), messages), key -> {
            SearchDocument document = make.get();
            shared.add(document);
            return document;
        });
    }

    /** All words of a document's fields; remembered for the documents this holds. */
    List<String> words(SearchDocument document, Function<SearchDocument, List<String>> compute) {
        return shared.contains(document) ? words.computeIfAbsent(document, compute) : compute.apply(document);
    }
}
