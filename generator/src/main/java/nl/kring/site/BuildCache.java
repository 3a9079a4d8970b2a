package nl.kring.site;

import java.util.Map;

import nl.kring.render.RenderedPages;
import nl.kring.render.ThemeTemplates;

/**
 * What one build hands to the next in the same process (the preview server): the loaded themes and
 * each region's rendered pages with their inputs. The caller decides what may be reused: after a
 * change to a theme it passes {@link #withoutThemes()}, after anything else that pages do not carry
 * in their data (config, images, topics) {@link #EMPTY}.
 */
public record BuildCache(Map<String, ThemeTemplates> themes, Map<String, RenderedPages> pages) {

    public static final BuildCache EMPTY = new BuildCache(Map.of(), Map.of());

    public BuildCache {
        themes = Map.copyOf(themes);
        pages = Map.copyOf(pages);
    }

    /** The rendered pages only: themes are loaded again (and so every page is rendered again). */
    public BuildCache withoutThemes() {
        return new BuildCache(Map.of(), pages);
    }

    RenderedPages pagesOf(String region) {
        return pages.getOrDefault(region, RenderedPages.NONE);
    }
}
