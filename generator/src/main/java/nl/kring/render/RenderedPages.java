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
    public static final RenderedPages NONE = new RenderedPages(Map.of(), null, List.of(), DataFiles.NONE,
            PagePlan.GroupPlans.NONE, FileOrder.NONE);

    private final Map<String, RenderedPage> bySitePath;
    private final RegionInputs regionInputs;
    private final List<OutputFile> files;
    private final DataFiles dataFiles;
    private final int htmlFiles;
    private final PagePlan.GroupPlans groupPlans;
    private final FileOrder fileOrder;

    RenderedPages(Map<String, RenderedPage> bySitePath, RegionInputs regionInputs, List<OutputFile> files,
                  DataFiles dataFiles, PagePlan.GroupPlans groupPlans, FileOrder fileOrder) {
        this.groupPlans = groupPlans;
        this.fileOrder = fileOrder;
        this.bySitePath = Map.copyOf(bySitePath);
        this.regionInputs = regionInputs;
        this.files = List.copyOf(files);
        this.dataFiles = dataFiles;
        this.htmlFiles = (int) this.files.stream().filter(OutputFile::isHtml).count();
    }

    /**
     * How many of the region's files are HTML, counted once: the preview asks it of every region at each save,
     * and reading the names of a national network's 130,000 files was itself a cost.
     */
    public int htmlFiles() {
        return htmlFiles;
    }

    /**
     * The files a region makes from its data rather than from templates, kept for the next render like the pages:
     * each group's calendar, the activities' calendars and the open data. In a region an edit reaches, these were
     * all made again, for thousands of groups.
     *
     * @param calendarsFor   what every group calendar of the region shows besides its group (the calendars'
     *                       time stamp aside, as for a region kept whole)
     * @param groupCalendars each group's calendar, by the group object it was made from (a group whose file did
     *                       not change is the same object in the next build; a changed one is a new object)
     */
    record DataFiles(CalendarInputs calendarsFor, Map<nl.kring.model.Group, OutputFile> groupCalendars,
                     OpenData.Made openData, ActivityCalendars activityCalendars) {

        static final DataFiles NONE = new DataFiles(null, Map.of(), null, null);

        /** The activities' calendars made last time, when made from equal inputs and activities; else null. */
        ActivityCalendars activityCalendars(CalendarInputs now, List<nl.kring.model.Event> upcoming) {
            return activityCalendars != null && now.equals(calendarsFor)
                    && activityCalendars.upcoming().equals(upcoming) ? activityCalendars : null;
        }

        /**
         * The calendars made last time, by group object, when the rest of their inputs are {@code now}'s; else
         * none. Asked once per region: comparing the site's configuration for each group was itself a cost.
         */
        Map<nl.kring.model.Group, OutputFile> groupCalendars(CalendarInputs now) {
            return now.equals(calendarsFor) ? groupCalendars : Map.of();
        }
    }

    /**
     * The calendars of a region's coming activities (the lists and each activity's own), and the activities they
     * were made from.
     */
    record ActivityCalendars(List<nl.kring.model.Event> upcoming, List<OutputFile> lists, List<OutputFile> events) {
    }

    /**
     * @param messages compared by identity: the theme's messages, loaded again with the theme
     */
    record CalendarInputs(nl.kring.config.SiteConfig site, nl.kring.config.RegionConfig region, Messages messages,
                          java.time.LocalDate today) {

        @Override
        public boolean equals(Object other) {
            return other instanceof CalendarInputs that && that.messages == messages && that.site.equals(site)
                    && that.region.equals(region) && that.today.equals(today);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(site, region, System.identityHashCode(messages), today);
        }
    }

    DataFiles dataFiles() {
        return dataFiles;
    }

    /** How the region's files were sorted. */
    FileOrder fileOrder() {
        return fileOrder;
    }

    /** How each group page was planned, by group object (see {@link PagePlan#plannedGroups()}). */
    PagePlan.GroupPlans groupPlans() {
        return groupPlans;
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
     * @param fileLinks where each repository file its Markdown links to (another content file, an
     *                  image) led: a site path of the region, an absolute URL or nowhere; that depends on
     *                  the other file (is its page in this region, the image's hash), so a page is reused
     *                  only when they come out the same
     * @param shown     what its template read of content items: inputs that differ only elsewhere make the same page
     */
    record RenderedPage(PageInputs inputs, OutputFile file, Map<String, String> fileLinks, ShownParts shown) {

        /** This page, kept for {@code now}: inputs that make the same HTML. */
        RenderedPage keptFor(PageInputs now) {
            return new RenderedPage(now, file, fileLinks, shown);
        }

        /** Whether this is the page {@code before} had, not rendered again (its file is the very same). */
        boolean isKeptFrom(RenderedPages before) {
            RenderedPage was = before.get(inputs.job().sitePath());
            return was != null && was.file == file;
        }
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
            if (!page.isKeptFrom(before)) {
                fresh.add(page.file().path());
            }
        });
        return fresh;
    }

    static RenderedPages of(List<RenderedPage> pages, RegionInputs regionInputs, List<OutputFile> files,
                            DataFiles dataFiles, PagePlan.GroupPlans groupPlans, FileOrder fileOrder) {
        Map<String, RenderedPage> map = new HashMap<>();
        pages.forEach(p -> map.put(p.inputs().job().sitePath(), p));
        return new RenderedPages(map, regionInputs, files, dataFiles, groupPlans, fileOrder);
    }
}
