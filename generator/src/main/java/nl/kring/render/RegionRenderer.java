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
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;

import nl.kring.config.SiteConfig;
import nl.kring.diagnostic.Diagnostics;
import nl.kring.diagnostic.SourcePosition;
import nl.kring.model.ContentItem;
import nl.kring.model.Event;
import nl.kring.model.Group;
import nl.kring.model.Markdown;
import nl.kring.model.Municipality;
import nl.kring.model.Page;
import nl.kring.model.Story;
import nl.kring.model.Topic;
import nl.kring.region.Region;

/** Renders every file of one region's site: HTML pages, calendars, feed, sitemap and assets. */
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
    /** Repository files (images) that pages refer to, by repository path, with their site path. */
    private final Map<String, Assets.Asset> media = new ConcurrentHashMap<>();

    public RegionRenderer(SiteConfig site, Region region, ThemeTemplates theme, MarkdownRenderer markdown,
                          ContentUrls urls, LocalDateTime now, Path root, Diagnostics diagnostics) {
        this.site = site;
        this.region = region;
        this.theme = theme;
        this.markdown = markdown;
        this.urls = urls;
        this.now = now;
        this.root = root;
        this.diagnostics = diagnostics;
        this.assets = theme.assets().with(brandAssets());
    }

    /** All files of the site, sorted by path. Template mistakes are reported, not thrown. */
    public List<OutputFile> render() {
        List<PageJob> jobs = pageJobs();
        List<OutputFile> files = new ArrayList<>(jobs.parallelStream().map(this::renderPage)
                .flatMap(Optional::stream).toList());
        Calendars calendars = new Calendars(site, region, theme.messages(), now);
        files.add(new OutputFile("activiteiten.ics", calendars.activities(), null));
        for (Group group : region.groupPages()) {
            if (group.schedule() != null) {
                files.add(new OutputFile(OutputFile.fileFor(group.calendarUrl()), calendars.group(group),
                        group.path()));
            }
        }
        Feeds feeds = new Feeds(site, region, urls, now);
        files.add(new OutputFile("feed.xml", feeds.atom(), null));
        files.add(new OutputFile("sitemap.xml", feeds.sitemap(jobs.stream()
                .filter(PageJob::inSitemap).map(PageJob::sitePath).toList()), null));
        files.add(new OutputFile("robots.txt", ("User-agent: *\nAllow: /\nSitemap: "
                + region.config().absoluteUrl("/sitemap.xml") + "\n").getBytes(StandardCharsets.UTF_8), null));
        for (Assets.Asset asset : assets.all()) {
            files.add(new OutputFile(asset.sitePath().substring(1), asset.bytes(), null));
        }
        for (Assets.Asset asset : new TreeMap<>(media).values()) {
            files.add(new OutputFile(asset.sitePath().substring(1), asset.bytes(), null));
        }
        files.sort(Comparator.comparing(OutputFile::path));
        return files;
    }

    /** One HTML page to render. */
    private record PageJob(String sitePath, String template, ContentItem item, Meta meta,
                           Map<String, Object> data, boolean inSitemap) {
    }

    /** What a page says about itself in its head. */
    public record Meta(String title, String description, String canonical, String ogType, String image) {
    }

    private List<PageJob> pageJobs() {
        List<PageJob> jobs = new ArrayList<>();
        var m = theme.messages();
        Map<String, Object> home = new HashMap<>();
        home.put("topics", topicSummaries());
        home.put("municipalities", region.municipalities());
        home.put("upcoming", region.upcoming().stream().limit(4).toList());
        home.put("stories", region.stories().stream().limit(3).toList());
        String startSlug = m.get("home.startPage");  // the theme names the page behind its call to action
        home.put("startPage", region.networkPages().stream().filter(p -> p.slug().equals(startSlug)).findFirst()
                .orElse(null));
        jobs.add(listPage("/", "home.ftlh", region.config().name(), m.get("home.description"), home));

        Map<String, Object> groups = new HashMap<>();
        groups.put("byTopic", region.topics().stream()
                .map(t -> new TopicGroups(t, region.listedGroupsOn(t.slug())))
                .filter(tg -> !tg.groups().isEmpty()).toList());
        groups.put("count", region.listedGroups().size());
        jobs.add(listPage("/groepen/", "groups.ftlh", m.get("groups.title"), m.get("groups.description"), groups));

        jobs.add(listPage("/onderwerpen/", "topics.ftlh", m.get("topics.title"), m.get("topics.description"),
                Map.of("topics", topicSummaries())));
        for (Topic topic : region.topics()) {
            Map<String, Object> data = new HashMap<>();
            data.put("topic", topic);
            data.put("groups", region.listedGroupsOn(topic.slug()));
            data.put("stories", region.stories().stream().filter(s -> s.topics().contains(topic.slug())).toList());
            jobs.add(listPage(topic.url(), "topic.ftlh", topic.name(), topic.description(), data));
        }
        for (Municipality municipality : region.municipalities()) {
            Map<String, Object> data = new HashMap<>();
            data.put("municipality", municipality);
            data.put("groups", region.listedGroupsIn(municipality.slug()));
            data.put("stories", region.stories().stream()
                    .filter(s -> s.municipality().equals(municipality.slug())).toList());
            data.put("upcoming", region.upcoming().stream()
                    .filter(e -> e.municipality().equals(municipality.slug())).toList());
            data.put("pages", region.localPages().stream()
                    .filter(p -> p.municipality().equals(municipality.slug())).toList());
            data.put("contact", municipality.contact());
            jobs.add(itemPage(municipality, "municipality.ftlh", municipality.name(),
                    m.get("municipality.description", municipality.name()), "website", null,
                    data, municipality.intro(), true));
        }
        for (Group group : region.groupPages()) {
            Map<String, Object> data = new HashMap<>();
            data.put("group", group);
            data.put("location", group.location() == null ? null : group.location().publicPart());
            data.put("municipality", municipalityName(group.municipality()));
            data.put("municipalityInRegion", region.hasMunicipality(group.municipality()));
            data.put("topics", topicsOf(group.topics()));
            data.put("stories", region.stories().stream().filter(s -> group.key().equals(s.group())).toList());
            data.put("related", group.isListed() ? List.of() : region.listedGroups().stream()
                    .filter(g -> g.topics().stream().anyMatch(group.topics()::contains)).limit(6).toList());
            data.put("jsonLd", StructuredData.group(group, urls.canonical(region, group).orElse(""),
                    municipalityName(group.municipality())));
            jobs.add(itemPage(group, "group.ftlh", group.name(), group.summary(), "website", null,
                    data, group.body(), group.isListed()));
        }
        jobs.add(listPage("/verhalen/", "stories.ftlh", m.get("stories.title"), m.get("stories.description"),
                Map.of("stories", region.stories())));
        for (Story story : region.stories()) {
            Map<String, Object> data = new HashMap<>();
            data.put("story", story);
            data.put("topics", topicsOf(story.topics()));
            Optional<Group> group = Optional.ofNullable(story.group())
                    .flatMap(key -> region.groupPages().stream().filter(g -> g.key().equals(key)).findFirst());
            data.put("group", group.orElse(null));
            data.put("image", story.image() == null ? null : mediaPath(story.image()));
            String image = story.image() == null ? null : region.config().absoluteUrl(mediaPath(story.image()));
            jobs.add(itemPage(story, "story.ftlh", story.title(),
                    story.summary() != null ? story.summary() : m.get("story.description"), "article", image,
                    data, story.body(), true));
        }
        Map<String, Object> events = new HashMap<>();
        events.put("upcoming", region.upcoming());
        events.put("past", region.past());
        jobs.add(listPage("/activiteiten/", "events.ftlh", m.get("events.title"), m.get("events.description"), events));
        for (Event event : region.events()) {
            Map<String, Object> data = new HashMap<>();
            data.put("event", event);
            data.put("location", event.location() == null ? null : event.location().publicPart());
            data.put("municipality", municipalityName(event.municipality()));
            data.put("isPast", !event.isUpcomingAt(now));
            data.put("jsonLd", StructuredData.event(event, urls.canonical(region, event).orElse(""),
                    site.timezone(), region.config()));
            jobs.add(itemPage(event, "event.ftlh", event.title(),
                    theme.dates().span(event.start(), event.end()), "website", null, data, event.body(), true));
        }
        for (Page page : concat(region.networkPages(), region.localPages())) {
            Map<String, Object> data = new HashMap<>();
            data.put("page", page);
            data.put("municipality", page.isNetworkPage() ? null : municipalityName(page.municipality()));
            jobs.add(itemPage(page, "page.ftlh", page.title(), page.summary(), "website", null, data, page.body(), true));
        }
        Map<String, Object> search = new HashMap<>();
        search.put("topics", topicSummaries());
        search.put("municipalities", region.municipalities());
        jobs.add(listPage("/zoeken/", "search.ftlh", m.get("search.title"), m.get("search.description"), search));
        jobs.add(new PageJob("/404.html", "404.ftlh", null,
                new Meta(m.get("notFound.title"), m.get("notFound.description"), null, "website", null),
                Map.of(), false));
        return jobs;
    }

    /** A topic with the number of groups listed on it in this region. */
    public record TopicSummary(Topic topic, int groupCount) {
    }

    /** A topic and its listed groups, for the all-groups page. */
    public record TopicGroups(Topic topic, List<Group> groups) {
    }

    private List<TopicSummary> topicSummaries() {
        return region.topics().stream()
                .map(t -> new TopicSummary(t, region.listedGroupsOn(t.slug()).size())).toList();
    }

    private List<Topic> topicsOf(List<String> slugs) {
        return region.topics().stream().filter(t -> slugs.contains(t.slug())).toList();
    }

    private String municipalityName(String slug) {
        return region.municipality(slug).map(Municipality::name)
                .or(() -> urls.item("content/" + slug + "/municipality.yml").map(i -> ((Municipality) i).name()))
                .orElse(slug);
    }

    private PageJob listPage(String path, String template, String title, String description, Map<String, Object> data) {
        return new PageJob(path, template, null,
                new Meta(title, description, region.config().absoluteUrl(path), "website", null), data, true);
    }

    private PageJob itemPage(ContentItem item, String template, String title, String description, String ogType,
                             String image, Map<String, Object> data, Markdown body, boolean inSitemap) {
        Map<String, Object> withBody = new HashMap<>(data);
        withBody.put("bodyMarkdown", body);
        String canonical = urls.canonical(region, item).orElse(region.config().absoluteUrl(item.url()));
        return new PageJob(item.url(), template, item, new Meta(title, description, canonical, ogType, image),
                withBody, inSitemap && canonical.equals(region.config().absoluteUrl(item.url())));
    }

    private Optional<OutputFile> renderPage(PageJob job) {
        boolean isNotFound = job.sitePath().equals("/404.html");
        PageLinks links = isNotFound ? PageLinks.fromBase(region.config().basePath()) : PageLinks.relativeTo(job.sitePath());
        Map<String, Object> model = new HashMap<>(job.data());
        if (job.data().get("bodyMarkdown") instanceof Markdown body) {
            // A group's description sits under its own h2 ("Over deze groep"); other texts under the h1.
            int topHeading = job.item() instanceof Group ? 3 : 2;
            model.put("body", markdown.render(body, resolver(links), links::to, topHeading));
        }
        model.put("site", Map.of("title", site.title(), "language", site.language()));
        model.put("region", region.config());
        model.put("menu", region.networkPages().stream().filter(p -> p.menu() != null)
                .sorted(Comparator.comparing(Page::menu)).toList());
        model.put("footerPages", region.networkPages().stream().filter(p -> p.menu() == null).toList());
        model.put("meta", job.meta());
        model.put("pagePath", job.sitePath());
        model.put("url", TemplateFunctions.url(links));
        model.put("asset", TemplateFunctions.asset(links, assets));
        model.put("t", TemplateFunctions.messages(theme.messages()));
        model.put("fmt", theme.dates());
        model.put("hasBrandCss", assets.has("brand.css"));
        model.put("hasLogo", assets.has(logoName()));
        model.put("logo", logoName());
        try {
            String html = theme.render(job.template(), model);
            return Optional.of(new OutputFile(OutputFile.fileFor(job.sitePath()), html.getBytes(StandardCharsets.UTF_8),
                    job.item() == null ? null : job.item().path()));
        } catch (TemplateException | IOException e) {
            reportTemplateProblem(job, e);
            return Optional.empty();
        }
    }

    /** Maps a repository file linked from Markdown to a link that works from the current page. */
    private Function<String, String> resolver(PageLinks links) {
        return path -> {
            Optional<ContentItem> item = urls.item(path);
            if (item.isPresent()) {
                return urls.isIn(region, item.get()) ? links.to(item.get().url())
                        : urls.canonical(region, item.get()).orElse(null);
            }
            if (Files.isRegularFile(root.resolve(path))) {
                return links.to(mediaPath(path));
            }
            return null;
        };
    }

    /** Copies a repository image into the site (once) and returns its hashed site path. */
    private String mediaPath(String repoPath) {
        return media.computeIfAbsent(repoPath, p -> {
            try {
                String name = Path.of(p).getFileName().toString();
                Assets.Asset asset = Assets.hashed(name, Files.readAllBytes(root.resolve(p)));
                return new Assets.Asset(name, asset.sitePath().replaceFirst("^/assets/", "/media/"), asset.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sitePath();
    }

    private void reportTemplateProblem(PageJob job, Exception e) {
        SourcePosition at;
        String message;
        if (e instanceof TemplateException te && te.getTemplateSourceName() != null && te.getLineNumber() != null) {
            at = new SourcePosition(templatePath(te.getTemplateSourceName()), te.getLineNumber(),
                    Math.max(1, te.getColumnNumber() == null ? 1 : te.getColumnNumber()));
            message = te.getMessageWithoutStackTop().lines().findFirst().orElse("template error");
        } else if (e instanceof ParseException pe) {
            at = new SourcePosition(templatePath(pe.getTemplateName()), Math.max(1, pe.getLineNumber()),
                    Math.max(1, pe.getColumnNumber()));
            message = pe.getEditorMessage();
        } else {
            at = SourcePosition.startOf("themes/" + theme.theme().name() + "/templates/" + job.template());
            message = e.getMessage();
        }
        diagnostics.error(at, "template problem: " + message);  // same text for every page, so reported once
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

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
