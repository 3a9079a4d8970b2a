package nl.kring.site;

import java.util.Map;

import nl.kring.content.ReadCache;
import nl.kring.render.RenderedPages;
import nl.kring.render.ThemeTemplates;
import nl.kring.search.SearchIndexer;

/**
 * What one build hands to the next in the same process (the preview server): what each content
 * file became (and the Git dates, read again only after a commit), the loaded themes, and each region's rendered pages with their inputs. Content files
 * are compared by their bytes and pages by their inputs, so only themes need the caller's word:
 * after a change to a theme file it passes {@link #withoutThemes()}.
 */
public record BuildCache(ReadCache files, Map<String, ThemeTemplates> themes, Map<String, RenderedPages> pages,
                         Map<String, SearchIndexer.Export> search) {

    public static final BuildCache EMPTY = new BuildCache(ReadCache.EMPTY, Map.of(), Map.of(), Map.of());

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
        return new BuildCache(files, Map.of(), pages, search);
    }

    RenderedPages pagesOf(String region) {
        return pages.getOrDefault(region, RenderedPages.NONE);
    }
}
