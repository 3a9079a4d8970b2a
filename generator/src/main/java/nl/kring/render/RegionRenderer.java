package nl.kring.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;

import nl.kring.config.SiteConfig;
import nl.kring.config.UrgentHelp;
import nl.kring.diagnostic.Diagnostics;
import nl.kring.diagnostic.SourcePosition;
import nl.kring.model.ContentItem;
import nl.kring.model.Group;
import nl.kring.model.Markdown;
import nl.kring.model.Page;
import nl.kring.region.Region;

/** Renders every file of one region's site: the planned HTML pages, calendars, feed, sitemap and assets. */
public final class RegionRenderer {

    private final SiteConfig site;
    private final Region region;
    private final ThemeTemplates theme;
    private final MarkdownRenderer markdown;
    private final ContentUrls urls;
    private final LocalDateTime now;
    private final Path root;
    private final Diagnostics diagnostics;
    private final Assets assets;
    private final MediaFiles media;
    private final String servedAt;
    private final SharedBodies sharedBodies;
    private final MeetingDates meetings;
    private final boolean forWriting;
    private final boolean notingReads;

    public RegionRenderer(SiteConfig site, Region region, ThemeTemplates theme, MarkdownRenderer markdown,
                          ContentUrls urls, LocalDateTime now, Path root, Diagnostics diagnostics) {
        this(site, region, theme, markdown, urls, now, root, diagnostics, region.config().basePath(), new SharedBodies(),
                new MeetingDates(), true, true);
    }

    /**
     * @param servedAt the path the site is served under, where the 404 page's links start: the base
     *                 URL's path, or {@code /<region-id>/} in the preview
     * @param sharedBodies the bodies of pages built into several regions, shared by the regions of one build
     * @param meetings     the groups' next meeting dates, shared by the regions of one build
     * @param forWriting   false for {@code kring check}, which writes no file: what only shows in a written file
     *                     and cannot be wrong (the QR codes' drawing) is left out
     * @param notingReads  whether each page notes what its template read of content items ({@link ShownParts}): the
     *                     preview keeps pages between builds and needs it; a build or check that ends with the process
     *                     would only pay for it (a map lookup per accessor the templates call, on every page)
     */
    public RegionRenderer(SiteConfig site, Region region, ThemeTemplates theme, MarkdownRenderer markdown,
                          ContentUrls urls, LocalDateTime now, Path root, Diagnostics diagnostics, String servedAt,
                          SharedBodies sharedBodies, MeetingDates meetings, boolean forWriting, boolean notingReads) {
        this.forWriting = forWriting;
        this.notingReads = notingReads;
        this.site = site;
        this.region = region;
        this.theme = theme;
        this.markdown = markdown;
        this.urls = urls;
        this.now = now;
        this.root = root;
        this.diagnostics = diagnostics;
        this.servedAt = servedAt;
        this.sharedBodies = sharedBodies;
        this.meetings = meetings;
        this.assets = theme.assets().with(brandAssets());
        this.media = new MediaFiles(root);
    }

    /** All files of the site, sorted by path. Template mistakes are reported, not thrown. */
    public List<OutputFile> render() {
        return render(RenderedPages.NONE).files();
    }

    /**
     * All files of the site, sorted by path; HTML pages whose inputs equal those in {@code previous}
     * are taken from there instead of being rendered again.
     */
    public RegionOutput render(RenderedPages previous) {
        RenderedPages.Shared made = sharedInputs();
        // the very same object as last time when equal: thousands of pages compare it, now each by identity
        RenderedPages.Shared shared = previous.regionInputs() != null && made.equals(previous.regionInputs().shared())
                ? previous.regionInputs().shared() : made;
        RenderedPages.RegionInputs regionInputs = new RenderedPages.RegionInputs(region, site, urls.municipalityNames(),
                now.toLocalDate(), shared, storyImages(), urls.unpublished());
        if (regionInputs.equals(previous.regionInputs())
                && previous.pages().stream().allMatch(this::sameFileLinks)) {
            return new RegionOutput(previous.files(), previous, 0, previous.pages().size());
        }
        PagePlan plan = new PagePlan(site, region, urls, theme.messages(), theme.dates(), media, now, meetings,
                forWriting, previous.groupPlans());
        List<PagePlan.PageJob> jobs = plan.pages();
        // the pages of no single item first: the lists and printable overviews, each costing up to a few hundred
        // item pages
        List<RenderedPages.RenderedPage> pages = Parallel.map(jobs, job -> job.item() == null,
                        job -> reuseOrRender(new RenderedPages.PageInputs(job, shared), previous))
                .stream().flatMap(Optional::stream).toList();
        int reused = (int) pages.stream().filter(p -> p.isKeptFrom(previous)).count();
        List<OutputFile> files = new ArrayList<>(pages.stream().map(RenderedPages.RenderedPage::file).toList());
        RenderedPages.DataFiles dataFiles = RenderedPages.DataFiles.NONE;
        if (forWriting) {
            dataFiles = calendarsAndOpenData(plan, previous, files);
        } else {
            // kring check writes nothing: the calendars and open data matter to it only as the targets of the
            // pages' links; working out their contents was a few percent of checking the sample
            files.addAll(calendarAndOpenDataTargets(plan));
        }
        Feeds feeds = new Feeds(site, region, urls, now);
        files.add(new OutputFile("feed.xml", feeds.atom(), null));
        files.add(new OutputFile("sitemap.xml", feeds.sitemap(jobs.stream()
                .filter(PagePlan.PageJob::inSitemap).map(PagePlan.PageJob::sitePath).toList()), null));
        files.add(new OutputFile("robots.txt", ("User-agent: *\nAllow: /\nSitemap: "
                + region.config().absoluteUrl("/sitemap.xml") + "\n").getBytes(StandardCharsets.UTF_8), null));
        files.addAll(new HostingFiles(region.config()).files());
        SecurityTxtFile.of(site, region.config(), now).ifPresent(files::add);
        for (Assets.Asset asset : assets.all()) {
            files.add(new OutputFile(asset.sitePath().substring(1), asset.bytes(), null));
        }
        for (Assets.Asset asset : media.all()) {
            files.add(new OutputFile(asset.sitePath().substring(1), asset.bytes(), null));
        }
        FileOrder.Sorted sorted = previous.fileOrder().sort(files);
        return new RegionOutput(sorted.files(), RenderedPages.of(pages, regionInputs, sorted.files(),
                dataFiles,
                plan.plannedGroups(),
                sorted.order()), pages.size() - reused, reused);
    }

    /**
     * The region's calendars (its activities' and its groups') and open data, added to {@code files}; the preview
     * keeps from {@code previous} those whose inputs did not change.
     */
    private RenderedPages.DataFiles calendarsAndOpenData(PagePlan plan, RenderedPages previous,
                                                         List<OutputFile> files) {
        Calendars calendars = new Calendars(site, region, theme.messages(), now, meetings);
        RenderedPages.CalendarInputs calendarInputs = new RenderedPages.CalendarInputs(site, region.config(),
                theme.messages(), now.toLocalDate());
        RenderedPages.ActivityCalendars activityCalendars = previous.dataFiles().activityCalendars(calendarInputs,
                region.upcoming());
        if (activityCalendars == null) {
            activityCalendars = activityCalendars(calendars);
        }
        files.addAll(activityCalendars.lists());
        Map<Group, OutputFile> calendarsBefore = previous.dataFiles().groupCalendars(calendarInputs);
        // a national region has thousands of group calendars: made in parallel, in the region's order; the
        // preview reuses those whose inputs did not change
        List<Group> withCalendar = plan.groupsWithCalendar();
        List<OutputFile> calendarFiles = withCalendar.parallelStream().map(group -> {
            OutputFile before = calendarsBefore.get(group);
            return before != null ? before
                    : new OutputFile(OutputFile.fileFor(group.calendarUrl()), calendars.group(group), group.path());
        }).toList();
        Map<Group, OutputFile> groupCalendars = new java.util.IdentityHashMap<>();
        for (int i = 0; i < withCalendar.size(); i++) {
            groupCalendars.put(withCalendar.get(i), calendarFiles.get(i));
        }
        files.addAll(calendarFiles);
        files.addAll(activityCalendars.events());
        OpenData.Made openData = new OpenData(site, region, urls, now, meetings).files(previous.dataFiles().openData());
        files.addAll(openData.files());
        return new RenderedPages.DataFiles(calendarInputs, groupCalendars, openData, activityCalendars);
    }

    /** The files {@link #calendarsAndOpenData} makes, without their contents. */
    private List<OutputFile> calendarAndOpenDataTargets(PagePlan plan) {
        List<OutputFile> targets = new ArrayList<>();
        targets.add(linkTarget(ALL_ACTIVITIES_CALENDAR, null));
        PagePlan.AUDIENCE_PAGES.keySet().forEach(page -> targets.add(linkTarget(audienceCalendar(page), null)));
        for (Group group : plan.groupsWithCalendar()) {
            targets.add(linkTarget(OutputFile.fileFor(group.calendarUrl()), group.path()));
        }
        for (nl.kring.model.Event event : region.upcoming()) {
            targets.add(linkTarget(OutputFile.fileFor(event.calendarUrl()), event.path()));
        }
        targets.addAll(OpenData.linkTargets());
        return targets;
    }

    /** The calendar of all the region's coming activities. */
    private static final String ALL_ACTIVITIES_CALENDAR = "activiteiten.ics";

    /** The calendar of the coming activities for one audience page, such as {@code inwoners}. */
    private static String audienceCalendar(String page) {
        return "activiteiten/" + page + "/agenda.ics";
    }

    private static OutputFile linkTarget(String path, String source) {
        return new OutputFile(path, new byte[0], source);
    }

    /** The calendars of the region's coming activities: all of them, per audience page, and each one's own. */
    private RenderedPages.ActivityCalendars activityCalendars(Calendars calendars) {
        List<OutputFile> lists = new ArrayList<>();
        lists.add(new OutputFile(ALL_ACTIVITIES_CALENDAR, calendars.activities(), null));
        PagePlan.AUDIENCE_PAGES.forEach((page, audiences) -> lists.add(new OutputFile(
                audienceCalendar(page), calendars.activitiesFor(page, audiences), null)));
        List<OutputFile> events = new ArrayList<>();
        for (nl.kring.model.Event event : region.upcoming()) {
            events.add(new OutputFile(OutputFile.fileFor(event.calendarUrl()), calendars.event(event), event.path()));
        }
        return new RenderedPages.ActivityCalendars(region.upcoming(), lists, events);
    }

    /** Each story image's site path, which carries a hash of the image's bytes. */
    private Map<String, String> storyImages() {
        Map<String, String> images = new java.util.TreeMap<>();
        region.stories().stream().filter(story -> story.image() != null)
                .forEach(story -> images.put(story.image(), media.sitePath(story.image())));
        return images;
    }

    /** What every page shows besides its own data; part of each page's inputs. */
    private RenderedPages.Shared sharedInputs() {
        Map<String, Object> regionData = new HashMap<>();
        regionData.put("site", Map.of("title", site.title(), "language", site.language()));
        regionData.put("region", region.config());
        regionData.put("menu", region.networkPages().stream().filter(p -> p.menu() != null)
                .sorted(Comparator.comparing(Page::menu)).toList());
        // the accessibility statement has its own footer link: it exists even when no content page adds to it
        regionData.put("footerPages", region.networkPages().stream()
                .filter(p -> p.menu() == null && !AccessibilityStatement.isStatement(p)).toList());
        UrgentHelp urgentHelp = site.urgentHelpFor(region.config());
        if (urgentHelp != null) {
            regionData.put("urgentHelp", urgentHelp);
        }
        Map<String, String> assetPaths = new HashMap<>();
        assets.all().forEach(a -> assetPaths.put(a.name(), a.sitePath()));
        return new RenderedPages.Shared(theme, Map.copyOf(regionData), Map.copyOf(assetPaths), servedAt);
    }

    private Optional<RenderedPages.RenderedPage> reuseOrRender(RenderedPages.PageInputs inputs, RenderedPages previous) {
        RenderedPages.RenderedPage before = previous.get(inputs.job().sitePath());
        if (before != null && sameFileLinks(before)) {
            if (before.inputs().equals(inputs)) {
                return Optional.of(before);
            }
            if (before.shown().sameAsShown(before.inputs(), inputs)) {
                return Optional.of(before.keptFor(inputs));  // e.g. a list whose cards do not show what was edited
            }
        }
        return renderPage(inputs);
    }

    /** Whether the files a page's Markdown links to still lead where they did (this also registers its images). */
    private boolean sameFileLinks(RenderedPages.RenderedPage page) {
        for (Map.Entry<String, String> link : page.fileLinks().entrySet()) {  // most pages link to no file
            if (!target(link.getKey()).equals(link.getValue())) {
                return false;
            }
        }
        return true;
    }

    private PageLinks linksFor(PagePlan.PageJob job) {
        return job.sitePath().equals("/404.html") ? PageLinks.fromBase(servedAt) : PageLinks.relativeTo(job.sitePath());
    }

    private Optional<RenderedPages.RenderedPage> renderPage(RenderedPages.PageInputs inputs) {
        PagePlan.PageJob job = inputs.job();
        PageLinks links = linksFor(job);
        Map<String, Object> model = new HashMap<>(job.data());
        Map<String, String> fileLinks = new HashMap<>();
        if (job.data().get("bodyMarkdown") instanceof Markdown body) {
            // A group's description sits under its own h2 ("Over deze groep"); other texts under the h1.
            int topHeading = job.item() instanceof Group ? 3 : 2;
            Function<String, String> resolve = resolver(links, fileLinks);
            model.put("body", Region.mayBeInSeveralRegions(job.item())
                    ? sharedBodies.html(body, job.sitePath(), topHeading, this::target,
                            () -> markdown.render(body, resolve, links::to, topHeading), fileLinks)
                    : markdown.render(body, resolve, links::to, topHeading));
        }
        model.putIfAbsent("body", null);   // a page without a text: absent to the template, but a variable it may name
        model.putAll(inputs.shared().regionData());
        model.put("meta", job.meta());
        model.put("contentSecurityPolicy", SecurityHeaders.metaPolicy());
        model.put("pagePath", job.sitePath());
        model.put("url", TemplateFunctions.url(links));
        model.put("shortUrl", TemplateFunctions.shortUrl(region.config()));
        model.put("asset", TemplateFunctions.asset(links, assets));
        model.put("webcal", TemplateFunctions.webcal(region.config()));
        model.put("t", TemplateFunctions.messages(theme.messages()));
        model.put("fmt", theme.dates());
        model.put("hasBrandCss", assets.has("brand.css"));
        model.put("hasLogo", assets.has(logoName()));
        model.put("logo", logoName());
        model.put("sharedPart", sharedBodies.parts().directive(theme, job.sitePath(), model,
                Region.mayBeInSeveralRegions(job.item())));
        try {
            ThemeTemplates.Page page = notingReads ? theme.renderUtf8Noting(job.template(), model)
                    : new ThemeTemplates.Page(theme.renderUtf8(job.template(), model), ShownParts.EVERYTHING);
            return Optional.of(new RenderedPages.RenderedPage(inputs, new OutputFile(OutputFile.fileFor(job.sitePath()),
                    page.html(), job.item() == null ? null : job.item().path()),
                    java.util.Collections.unmodifiableMap(fileLinks), page.shown()));
        } catch (TemplateException | IOException e) {
            reportTemplateProblem(job, e);
            return Optional.empty();
        }
    }

    /**
     * Maps a repository file linked from Markdown to a link that works from the current page, and records where
     * it leads ({@link #target}).
     */
    private Function<String, String> resolver(PageLinks links, Map<String, String> record) {
        return path -> {
            String target = target(path);
            record.put(path, target);
            return target.isEmpty() ? null : target.startsWith("/") ? links.to(target) : target;
        };
    }

    /**
     * Where a repository file linked from Markdown leads, the same from every page of the region: a site path
     * here (a page or an image, which this registers), an absolute URL (a page in its home region), or "" for
     * nowhere. Worked out once per file: the preview asks it for every page that links to a file, at every save.
     */
    private String target(String path) {
        return targets.computeIfAbsent(path, this::findTarget);
    }

    private final Map<String, String> targets = new java.util.concurrent.ConcurrentHashMap<>();

    private String findTarget(String path) {
        Optional<ContentItem> item = urls.item(path);
        if (item.isPresent()) {
            return urls.isIn(region, item.get()) ? item.get().url() : urls.canonical(region, item.get()).orElse("");
        }
        if (Files.isRegularFile(root.resolve(path))) {
            return media.sitePath(path);
        }
        return "";
    }

    private void reportTemplateProblem(PagePlan.PageJob job, Exception e) {
        SourcePosition at;
        String message;
        if (e instanceof TemplateException te && te.getTemplateSourceName() != null && te.getLineNumber() != null) {
            at = new SourcePosition(templatePath(te.getTemplateSourceName()), te.getLineNumber(),
                    Math.max(1, te.getColumnNumber() == null ? 1 : te.getColumnNumber()));
            message = te.getMessageWithoutStackTop().lines().findFirst().orElse(te.getClass().getSimpleName());
        } else if (e instanceof ParseException pe) {
            at = new SourcePosition(templatePath(pe.getTemplateName()), Math.max(1, pe.getLineNumber()),
                    Math.max(1, pe.getColumnNumber()));
            message = pe.getEditorMessage();
        } else {
            at = SourcePosition.startOf("themes/" + theme.theme().name() + "/templates/" + job.template());
            message = e.getMessage();
        }
        // FreeMarker's own words (English) about the template: for theme developers, quoted as they are
        diagnostics.error(at, "theme.template.problem", message);  // same text for every page, so reported once
    }

    private String templatePath(String templateName) {
        for (Path dir : theme.theme().chain()) {
            Path file = dir.resolve("templates").resolve(templateName);
            if (Files.isRegularFile(file)) {
                return root.relativize(file).toString().replace('\\', '/');
            }
        }
        return "themes/" + theme.theme().name() + "/templates/" + templateName;
    }

    /** The region's own stylesheet (brand colour, as CSS custom properties) and logo. */
    private Map<String, byte[]> brandAssets() {
        Map<String, byte[]> extra = new LinkedHashMap<>();
        var brand = region.config().brand();
        if (brand.color() != null) {
            extra.put("brand.css", (":root {\n  --brand: " + brand.color() + ";\n}\n").getBytes(StandardCharsets.UTF_8));
        }
        if (brand.logo() != null) {
            try {
                extra.put(logoName(), Files.readAllBytes(root.resolve(brand.logo())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return extra;
    }

    private String logoName() {
        String logo = region.config().brand().logo();
        return logo == null ? "logo" : "logo" + logo.substring(Math.max(logo.lastIndexOf('.'), 0));
    }
}
