package nl.kring.site;

import java.util.Map;

import nl.kring.content.ReadCache;
import nl.kring.render.MeetingDates;
import nl.kring.render.RenderedPages;
import nl.kring.render.ThemeTemplates;
import nl.kring.search.SearchIndexer;
import nl.kring.search.SharedDocuments;

/**
 * What one build hands to the next in the same process (the preview server): what each content
 * file became (and the Git dates, read again only after a commit), the loaded themes, and each region's rendered pages with their inputs. Content files
 * are compared by their bytes and pages by their inputs, so only themes need the caller's word:
 * after a change to a theme file it passes {@link #withoutThemes()}.
 *
 * @param documents every item's search document from earlier builds (null before the first)
 * @param meetings  the groups' next meeting dates from the last build (null before the first)
 */
public record BuildCache(ReadCache files, Map<String, ThemeTemplates> themes, Map<String, RenderedPages> pages,
                         Map<String, SearchIndexer.Export> search, SharedDocuments documents, MeetingDates meetings) {

    public static final BuildCache EMPTY = new BuildCache(ReadCache.EMPTY, Map.of(), Map.of(), Map.of(), null, null);

    public BuildCache {
        themes = Map.copyOf(themes);
        pages = Map.copyOf(pages);
        search = Map.copyOf(search);
    }

    /**
     * The rendered pages and search exports only: themes are loaded again (and so every page is rendered
     * again; a search export is kept while its documents and texts stay the same).
     */
    public BuildCache withoutThemes() {
        return new BuildCache(files, Map.of(), pages, search, documents, meetings);
    }

    /**
     * This cache, told which source files changed since it was made (see {@link ReadCache#withChangedFiles});
     * {@code null} when not known.
     */
    public BuildCache withChangedFiles(java.util.Set<String> changed) {
        return new BuildCache(files.withChangedFiles(changed), themes, pages, search, documents, meetings);
    }

    /** This cache with the given regions' search exports replaced (the preview's catch-up of deferred exports). */
    public BuildCache withSearch(Map<String, SearchIndexer.Export> fresh) {
        Map<String, SearchIndexer.Export> all = new java.util.LinkedHashMap<>(search);
        all.putAll(fresh);
        return new BuildCache(files, themes, pages, all, documents, meetings);
    }

    RenderedPages pagesOf(String region) {
        return pages.getOrDefault(region, RenderedPages.NONE);
    }
}
