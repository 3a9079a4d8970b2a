package nl.kring.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The HTML pages of one region as last rendered, each with everything its template was given. The
 * preview keeps this between rebuilds: a page whose inputs are equal to last time's is not rendered
 * again, so editing one group re-renders only the pages that show something of it.
 */
public final class RenderedPages {

    /** No earlier render: every page is rendered. */
    public static final RenderedPages NONE = new RenderedPages(Map.of(), null, List.of());

    private final Map<String, RenderedPage> bySitePath;
    private final RegionInputs regionInputs;
    private final List<OutputFile> files;

    RenderedPages(Map<String, RenderedPage> bySitePath, RegionInputs regionInputs, List<OutputFile> files) {
        this.bySitePath = Map.copyOf(bySitePath);
        this.regionInputs = regionInputs;
        this.files = List.copyOf(files);
    }

    /**
     * Everything a region's pages are planned from, besides the linked files each page records: when it
     * equals last time's, no page can differ, and the preview skips planning and comparing the region's
     * thousands of pages.
     *
     * @param municipalityNames every municipality's name: pages of groups from other regions show them
     * @param today             the day of "now": which activities are past is in {@code region} already;
     *                          only the calendars' time stamps (DTSTAMP) would show the time of day
     * @param storyImages       the site path (with content hash) of every story image of the region
     * @param unpublished       the drafts the preview shows: removing {@code draft: true} changes no item
     *                          record, only this, and must take the banner away
     */
    record RegionInputs(nl.kring.region.Region region, nl.kring.config.SiteConfig site,
                        Map<String, String> municipalityNames, java.time.LocalDate today, Shared shared,
                        Map<String, String> storyImages, Map<String, nl.kring.model.Publication> unpublished) {
    }

    RegionInputs regionInputs() {
        return regionInputs;
    }

    /** Every file of the region as last rendered (pages, calendars, feeds, assets, media). */
    List<OutputFile> files() {
        return files;
    }

    /** The pages. */
    java.util.Collection<RenderedPage> pages() {
        return bySitePath.values();
    }

    /**
     * One rendered page.
     *
     * @param fileLinks what each repository file its Markdown links to (another content file, an
     *                  image) became as a link; that depends on the other file (is its page in this
     *                  region, the image's hash), so a page is reused only when they come out the same
     */
    record RenderedPage(PageInputs inputs, OutputFile file, Map<String, String> fileLinks) {
    }

    /**
     * Everything that decides a page's HTML: the planned job (path, template, metadata, data) and what
     * all pages of the region share (menu, footer, the theme and its asset names, where links start).
     * Since the model is made of records, equal inputs mean equal HTML.
     */
    record PageInputs(PagePlan.PageJob job, Shared shared) {
    }

    /**
     * What every page of a region shows besides its own data.
     *
     * @param theme compared by identity: loaded once, and loaded again (a new instance) after a
     *              change to any theme file
     */
    record Shared(ThemeTemplates theme, Map<String, Object> regionData, Map<String, String> assetPaths,
                  String notFoundBase) {
    }

    RenderedPage get(String sitePath) {
        return bySitePath.get(sitePath);
    }

    /** The site paths of all pages. */
    public Set<String> sitePaths() {
        return bySitePath.keySet();
    }

    /** The output files of the pages that are not the very same as in {@code before}: rendered again. */
    public Set<String> freshFiles(RenderedPages before) {
        Set<String> fresh = new HashSet<>();
        bySitePath.forEach((path, page) -> {
            if (before.get(path) != page) {
                fresh.add(page.file().path());
            }
        });
        return fresh;
    }

    static RenderedPages of(List<RenderedPage> pages, RegionInputs regionInputs, List<OutputFile> files) {
        Map<String, RenderedPage> map = new HashMap<>();
        pages.forEach(p -> map.put(p.inputs().job().sitePath(), p));
        return new RenderedPages(map, regionInputs, files);
    }
}
