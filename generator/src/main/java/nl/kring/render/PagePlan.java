package nl.kring.render;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.kring.config.SiteConfig;
import nl.kring.model.Audience;
import nl.kring.model.ContentItem;
import nl.kring.model.Event;
import nl.kring.model.Group;
import nl.kring.model.Markdown;
import nl.kring.model.Municipality;
import nl.kring.model.Page;
import nl.kring.model.Publication;
import nl.kring.model.Story;
import nl.kring.model.Topic;
import nl.kring.region.Region;

/**
 * Which HTML pages a region's site has, and what each one shows: its path, template, head
 * metadata and the data its template gets. Rendering them is {@link RegionRenderer}'s job.
 */
final class PagePlan {

    private final SiteConfig site;
    private final Region region;
    private final ContentUrls urls;
    private final Messages messages;
    private final DateFormats dates;
    private final MediaFiles media;
    private final LocalDateTime now;
    private final MeetingDates meetings;

    /** How many coming meetings a group page lists. */
    static final int NEXT_MEETINGS = 3;

    /**
     * The pages that narrow /activiteiten/ to one audience without JavaScript, by their path segment;
     * activities for everyone are on each of them.
     */
    static final Map<String, List<Audience>> AUDIENCE_PAGES = audiencePages();

    private static Map<String, List<Audience>> audiencePages() {
        Map<String, List<Audience>> pages = new java.util.LinkedHashMap<>();
        pages.put("inwoners", List.of(Audience.PARTICIPANTS, Audience.EVERYONE));
        pages.put("begeleiders", List.of(Audience.FACILITATORS, Audience.EVERYONE));
        pages.put("verwijzers", List.of(Audience.REFERRERS, Audience.EVERYONE));
        return java.util.Collections.unmodifiableMap(pages);
    }

    /** False for {@code kring check}, which writes no page (see {@link QrSvg.Code}). */
    private final boolean drawQrCodes;

    /**
     * @param earlier the group pages planned by the previous build of this region (the preview's), by group object:
     *                a group whose file did not change is the same object (none: {@link GroupPlans#NONE})
     */
    PagePlan(SiteConfig site, Region region, ContentUrls urls, Messages messages, DateFormats dates,
             MediaFiles media, LocalDateTime now, MeetingDates meetings, boolean drawQrCodes,
             GroupPlans earlier) {
        this.drawQrCodes = drawQrCodes;
        this.earlier = earlier;
        this.context = new GroupContext(site, region.config(), region.municipalities(), region.topics(),
                region.stories(), now.toLocalDate(), urls.municipalityNames(), urls.unpublished());
        this.sameContext = context.equals(earlier.context());
        this.site = site;
        this.region = region;
        this.urls = urls;
        this.messages = messages;
        this.dates = dates;
        this.media = media;
        this.now = now;
        this.accessibility = new AccessibilityStatement(site, region.config(), now.toLocalDate());
        this.meetings = meetings;
        for (Story story : region.stories()) {
            if (story.group() != null) {
                storiesByGroup.computeIfAbsent(story.group(), key -> new ArrayList<>()).add(story);
            }
        }
        region.groupPages().forEach(group -> groupPagesByKey.putIfAbsent(group.key(), group));
    }

    private final GroupPlans earlier;
    private final GroupContext context;
    /** Whether {@code earlier} was planned in this very context. */
    private final boolean sameContext;
    /** The group pages planned by {@link #pages()}, for the next build's {@code earlier}. */
    private final Map<Group, GroupPlan> plannedGroups = new java.util.IdentityHashMap<>();

    private List<Group> groupsWithCalendar = List.of();

    /**
     * The groups with a page and a calendar ({@code Group#hasCalendar} on the day), in the region's order, as
     * {@link #pages()} found them: their next meetings are in their pages' facts.
     */
    List<Group> groupsWithCalendar() {
        return groupsWithCalendar;
    }

    /** The group pages {@link #pages()} planned, by group object, and their context. */
    GroupPlans plannedGroups() {
        return new GroupPlans(context, plannedGroups);
    }

    /** The region's stories about each group (by group key), in the region's order. */
    private final Map<String, List<Story>> storiesByGroup = new HashMap<>();
    /** The first group page with each key, as a story links to it. */
    private final Map<String, Group> groupPagesByKey = new HashMap<>();

    private final AccessibilityStatement accessibility;

    /** One HTML page to render. */
    record PageJob(String sitePath, String template, ContentItem item, Meta meta,
                           Map<String, Object> data, boolean inSitemap) {
    }

    /** What a page says about itself in its head. */
    public record Meta(String title, String description, String canonical, String ogType, String image) {
    }

    List<PageJob> pages() {
        List<PageJob> jobs = new ArrayList<>();
        var m = messages;
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
        groups.put("byMunicipality", groupsByMunicipality());
        groups.put("topics", topicSummaries().stream().filter(t -> t.groupCount() > 0).toList());
        groups.put("count", region.listedGroups().size());
        jobs.add(listPage("/groepen/", "groups.ftlh", m.get("groups.title"), m.get("groups.description"), groups));

        jobs.add(listPage("/onderwerpen/", "topics.ftlh", m.get("topics.title"), m.get("topics.description"),
                Map.of("topics", topicSummaries())));
        for (Topic topic : region.topics()) {
            Map<String, Object> data = new HashMap<>();
            data.put("topic", topic);
            data.put("urgentProminent", topic.sensitive());
            data.put("groups", listedGroupsOn(topic.slug()));
            data.put("stories", region.stories().stream().filter(s -> s.topics().contains(topic.slug())).toList());
            jobs.add(listPage(topic.url(), "topic.ftlh", topic.name(), topic.description(), data));
        }
        for (Municipality municipality : region.municipalities()) {
            Map<String, Object> data = new HashMap<>();
            data.put("municipality", municipality);
            data.put("groups", listedGroupsIn(municipality.slug()));
            data.put("stories", region.stories().stream()
                    .filter(s -> s.municipality().equals(municipality.slug())).toList());
            data.put("upcoming", region.upcoming().stream()
                    .filter(e -> e.municipality().equals(municipality.slug())).toList());
            data.put("pages", region.localPages().stream()
                    .filter(p -> p.municipality().equals(municipality.slug())).toList());
            data.put("contact", municipality.contact());
            data.put("overview", overviewPath(municipality));
            jobs.add(itemPage(municipality, "municipality.ftlh", municipality.name(),
                    m.get("municipality.description", municipality.name()), "website", null,
                    data, municipality.intro(), true));
            jobs.add(overviewPage(municipality));
        }
        // a national region has thousands of group pages: planned in parallel, in the region's order
        List<GroupPlan> groupPlans = region.groupPages().parallelStream().map(this::groupPlan).toList();
        groupPlans.forEach(plan -> plannedGroups.put(plan.facts().group(), plan));
        groupPlans.forEach(plan -> jobs.add(plan.job()));
        groupsWithCalendar = groupPlans.stream().filter(plan -> !plan.facts().nextMeetings().isEmpty())
                .map(plan -> plan.facts().group()).toList();
        jobs.add(listPage("/verhalen/", "stories.ftlh", m.get("stories.title"), m.get("stories.description"),
                Map.of("stories", region.stories())));
        for (Story story : region.stories()) {
            Map<String, Object> data = new HashMap<>();
            data.put("story", story);
            data.put("topics", topicsOf(story.topics()));
            data.put("urgentProminent", isSensitive(story.topics()));
            Optional<Group> group = Optional.ofNullable(story.group()).map(groupPagesByKey::get);
            data.put("group", group.orElse(null));
            data.put("image", story.image() == null ? null : media.sitePath(story.image()));
            String image = story.image() == null ? null : region.config().absoluteUrl(media.sitePath(story.image()));
            jobs.add(itemPage(story, "story.ftlh", story.title(),
                    story.summary() != null ? story.summary() : m.get("story.description"), "article", image,
                    data, story.body(), true));
        }
        Map<String, Object> events = new HashMap<>();
        events.put("upcoming", region.upcoming());
        events.put("past", region.past());
        events.put("audiences", AUDIENCE_PAGES.keySet());
        events.put("audience", "");
        jobs.add(listPage("/activiteiten/", "events.ftlh", m.get("events.title"), m.get("events.description"), events));
        for (Map.Entry<String, List<Audience>> page : AUDIENCE_PAGES.entrySet()) {
            Map<String, Object> forAudience = new HashMap<>();
            forAudience.put("upcoming", region.upcoming().stream().filter(e -> page.getValue().contains(e.audience())).toList());
            forAudience.put("past", region.past().stream().filter(e -> page.getValue().contains(e.audience())).toList());
            forAudience.put("audiences", AUDIENCE_PAGES.keySet());
            forAudience.put("audience", page.getKey());
            jobs.add(listPage("/activiteiten/" + page.getKey() + "/", "events.ftlh",
                    m.get("events.for." + page.getKey() + ".title"), m.get("events.description"), forAudience));
        }
        for (Event event : region.events()) {
            Map<String, Object> data = new HashMap<>();
            data.put("event", event);
            data.put("location", event.location() == null ? null : event.location().publicPart());
            data.put("municipality", municipalityName(event.municipality()));
            data.put("isPast", !event.isUpcomingAt(now));
            data.put("hasCalendar", event.isUpcomingAt(now));
            data.put("jsonLd", StructuredData.event(event, urls.canonical(region, event).orElse(""),
                    site.timezone(), region.config()));
            jobs.add(itemPage(event, "event.ftlh", event.title(),
                    dates.span(event.start(), event.end()), "website", null, data, event.body(), true));
        }
        Page statementPage = null;
        for (Page page : concat(region.networkPages(), region.localPages())) {
            Map<String, Object> data = new HashMap<>();
            data.put("page", page);
            data.put("municipality", page.isNetworkPage() ? null : municipalityName(page.municipality()));
            if (AccessibilityStatement.isStatement(page)) {
                // the network's own words go into the statement Kring fills in (status, checks, contact, dates)
                statementPage = page;
                data.putAll(accessibility.data());
                jobs.add(itemPage(page, "accessibility.ftlh", page.title(), page.summary(), "website", null, data,
                        page.body(), true));
            } else {
                jobs.add(itemPage(page, "page.ftlh", page.title(), page.summary(), "website", null, data, page.body(), true));
            }
        }
        if (statementPage == null) {
            jobs.add(listPage(AccessibilityStatement.PATH, "accessibility.ftlh", m.get("accessibility.title"),
                    m.get("accessibility.description"), accessibility.data()));
        }
        jobs.add(listPage("/open-data/", "open-data.ftlh", m.get("openData.title"), m.get("openData.description"),
                openDataPage()));
        Map<String, Object> search = new HashMap<>();
        search.put("topics", topicSummaries());
        search.put("municipalities", region.municipalities());
        // a search about a sensitive topic shows the "Hulp nodig nu?" notice at once, as the topic's page does
        search.put("urgentTopicWords", region.topics().stream().filter(Topic::sensitive)
                .flatMap(topic -> java.util.stream.Stream.concat(java.util.stream.Stream.of(topic.name()),
                        topic.synonyms().stream()))
                .toList());
        jobs.add(listPage("/zoeken/", "search.ftlh", m.get("search.title"), m.get("search.description"), search));
        jobs.addAll(embedPages());
        jobs.add(new PageJob("/404.html", "404.ftlh", null,
                new Meta(m.get("notFound.title"), m.get("notFound.description"), null, "website", null),
                Map.of(), false));
        return jobs;
    }

    /** What the /open-data/ page tells: the files, how many records they hold, and under which licence. */
    private Map<String, Object> openDataPage() {
        OpenData data = new OpenData(site, region, urls, now, meetings);
        Map<String, Object> page = new HashMap<>();
        page.put("licence", data.licence());
        page.put("licenceUrl", OpenData.licenceUrl(data.licence()));
        page.put("licenceIsCc0", data.licence().equals(nl.kring.config.SiteStatements.DEFAULT_LICENCE));
        page.put("groupCount", data.groupCount());
        page.put("activityCount", data.activityCount());
        page.put("folder", "/" + OpenData.FOLDER);
        page.put("absoluteFolder", region.config().absoluteUrl("/" + OpenData.FOLDER));
        return page;
    }

    /**
     * A group's page: what it shows of the group in this region. The job is made from the group and its
     * {@link GroupFacts} only, so the preview takes last build's job for a group whose facts are equal: a national
     * region plans thousands of group pages, and an online group's edit made every region plan them all again.
     */
    private GroupPlan groupPlan(Group group) {
        GroupPlan before = earlier.plans().get(group);
        if (before != null && sameContext && group.isListed()) {
            // the same group in the same region: the same facts (an unlisted one's related groups aside)
            return before;
        }
        List<java.time.LocalDate> nextMeetings = meetings.next(group, now.toLocalDate(), NEXT_MEETINGS);
        GroupFacts facts = new GroupFacts(group, municipalityName(group.municipality()),
                region.hasMunicipality(group.municipality()), topicsOf(group.topics()),
                storiesByGroup.getOrDefault(group.key(), List.of()), nextMeetings, now.toLocalDate(),
                group.isListed() ? List.of() : region.listedGroups().stream()
                        .filter(g -> g.topics().stream().anyMatch(group.topics()::contains)).limit(6).toList(),
                urls.canonical(region, group), region.config().absoluteUrl(group.url()),
                urls.unpublished().get(group.path()));
        return before != null && before.facts().equals(facts) ? before : new GroupPlan(facts, groupJob(facts));
    }

    /**
     * Everything a group's page shows besides the group: the names and lists of the region it is shown in, its
     * next meetings, its addresses.
     *
     * @param canonical   its canonical URL (in its home region), if a region shows it
     * @param ownUrl      its absolute URL in this region
     * @param unpublished the preview's draft banner, if it is one
     */
    record GroupFacts(Group group, String municipality, boolean municipalityInRegion, List<Topic> topics,
                      List<Story> stories, List<java.time.LocalDate> nextMeetings, java.time.LocalDate today,
                      List<Group> related, Optional<String> canonical, String ownUrl, Publication unpublished) {
    }

    /** A group's planned page and the facts it was planned from. */
    record GroupPlan(GroupFacts facts, PageJob job) {
    }

    /**
     * What a group's facts are made from besides the group, but for an unlisted group's related groups (the
     * region's listed groups, which change with any edit of one of them): equal contexts give the same group the
     * same facts, so a build whose context equals the last one's does not even work them out again for the
     * groups it had.
     *
     * @param municipalityNames every municipality's name, for groups from elsewhere
     * @param unpublished       the preview's drafts and files not yet due
     */
    record GroupContext(SiteConfig site, nl.kring.config.RegionConfig region, List<Municipality> municipalities,
                        List<Topic> topics, List<Story> stories, java.time.LocalDate today,
                        Map<String, String> municipalityNames, Map<String, Publication> unpublished) {
    }

    /** The group pages planned for one region, with the context they were planned in. */
    record GroupPlans(GroupContext context, Map<Group, GroupPlan> plans) {

        static final GroupPlans NONE = new GroupPlans(null, Map.of());
    }

    private static PageJob groupJob(GroupFacts facts) {
        Group group = facts.group();
        Map<String, Object> data = new HashMap<>();
        data.put("group", group);
        data.put("location", group.location() == null ? null : group.location().publicPart());
        data.put("municipality", facts.municipality());
        data.put("municipalityInRegion", facts.municipalityInRegion());
        data.put("topics", facts.topics());
        data.put("urgentProminent", facts.topics().stream().anyMatch(Topic::sensitive));
        data.put("stories", facts.stories());
        data.put("nextMeetings", facts.nextMeetings());
        data.put("hasCalendar", !facts.nextMeetings().isEmpty());   // group.hasCalendar, without computing dates again
        data.put("buildDate", facts.today());
        data.put("related", facts.related());
        data.put("jsonLd", StructuredData.group(group, facts.canonical().orElse(""), facts.municipality()));
        return itemJob(group, "group.ftlh", group.name(), group.summary(), "website", null, data, group.body(),
                group.isListed(), facts.unpublished(), facts.canonical(), facts.ownUrl());
    }

    /** A topic with the number of groups listed on it in this region. */
    public record TopicSummary(Topic topic, int groupCount) {
    }

    /** A municipality and the groups listed in it, for the all-groups page; {@code slug} is its anchor. */
    public record MunicipalityGroups(String slug, String name, String url, List<GroupWithTopics> groups) {
    }

    /** A group with its topics, shown as tags that link to the topic pages. */
    public record GroupWithTopics(Group group, List<Topic> topics) {
    }

    /**
     * One group on a printable overview: its public location, its next meetings as of the build (empty for a
     * group without meeting dates: paused, full, or no schedule) and a QR code (inline SVG) to its page.
     */
    public record OverviewEntry(Group group, nl.kring.model.Location location, List<java.time.LocalDate> nextMeetings,
                                String address, QrSvg.Code qr) {

        /** The QR code as inline SVG, drawn when the page is rendered. */
        public String qrSvg() {
            return qr.svg();
        }
    }

    /** One group in an embed page: the group and the part of its location the public may see. */
    public record EmbedEntry(Group group, nl.kring.model.Location location) {
    }

    /** Where the embed pages of a region live: {@code /insluiten/<municipality>/}, {@code /insluiten/onderwerp/<topic>/}. */
    static final String EMBED_PATH = "/insluiten/";

    /**
     * The pages other sites show in an iframe: a compact list of one municipality's (or one topic's) listed groups.
     * Not in the sitemap: they are parts of other sites' pages, and the groups have their own pages.
     */
    private List<PageJob> embedPages() {
        List<PageJob> pages = new ArrayList<>();
        for (Municipality municipality : region.municipalities()) {
            pages.add(embedPage(EMBED_PATH + municipality.slug() + "/",
                    messages.get("embed.municipality.title", municipality.name()),
                    listedGroupsIn(municipality.slug()), municipality.url()));
        }
        for (Topic topic : region.topics()) {
            pages.add(embedPage(EMBED_PATH + "onderwerp/" + topic.slug() + "/",
                    messages.get("embed.topic.title", topic.name()), listedGroupsOn(topic.slug()), topic.url()));
        }
        return pages;
    }

    private PageJob embedPage(String path, String title, List<Group> groups, String more) {
        Map<String, Object> data = new HashMap<>();
        data.put("heading", title);
        data.put("entries", groups.stream()
                .map(g -> new EmbedEntry(g, g.location() == null ? null : g.location().publicPart())).toList());
        data.put("more", more);
        return new PageJob(path, "embed.ftlh", null,
                new Meta(title, messages.get("embed.description", region.config().name()),
                        region.config().absoluteUrl(path), "website", null), data, false);
    }

    /** The path of a municipality's printable overview, e.g. {@code /roermond/overzicht/}. */
    static String overviewPath(Municipality municipality) {
        return municipality.url() + "overzicht/";
    }

    /**
     * Every listed group once, under its municipality: the region's own municipalities in their order,
     * then those of groups listed here from elsewhere. Within each, the region's list order.
     */
    private List<MunicipalityGroups> groupsByMunicipality() {
        Map<String, List<GroupWithTopics>> bySlug = new java.util.LinkedHashMap<>();
        region.municipalities().forEach(mu -> bySlug.put(mu.slug(), new ArrayList<>()));
        for (Group group : region.listedGroups()) {
            bySlug.computeIfAbsent(group.municipality(), k -> new ArrayList<>())
                    .add(new GroupWithTopics(group, topicsOf(group.topics())));
        }
        List<MunicipalityGroups> result = new ArrayList<>();
        bySlug.forEach((slug, list) -> {
            if (!list.isEmpty()) {
                result.add(new MunicipalityGroups(slug, municipalityName(slug),
                        region.hasMunicipality(slug) ? "/" + slug + "/" : null, List.copyOf(list)));
            }
        });
        return result;
    }

    /** A municipality's groups on A4 for a waiting room or a GP's desk, each with a QR code to its page. */
    private PageJob overviewPage(Municipality municipality) {
        List<OverviewEntry> entries = listedGroupsIn(municipality.slug()).stream().map(group -> {
            String address = region.config().absoluteUrl(group.url());
            return new OverviewEntry(group, group.location() == null ? null : group.location().publicPart(),
                    meetings.next(group, now.toLocalDate(), NEXT_MEETINGS), address, new QrSvg.Code(address, messages.get("overview.qr", group.name()), drawQrCodes));
        }).toList();
        Map<String, Object> data = new HashMap<>();
        data.put("municipality", municipality);
        data.put("entries", entries);
        data.put("builtOn", now.toLocalDate());
        String path = overviewPath(municipality);
        return new PageJob(path, "overview.ftlh", null,
                new Meta(messages.get("overview.title", municipality.name()),
                        messages.get("overview.description", municipality.name()),
                        region.config().absoluteUrl(path), "website", null), data, false);
    }

    /** The region's listed groups by topic and by municipality, in list order: made once, asked for by many pages. */
    private Map<String, List<Group>> byTopic;
    private Map<String, List<Group>> byMunicipality;

    /** {@code region.listedGroupsOn(topic)}. */
    private synchronized List<Group> listedGroupsOn(String topic) {
        if (byTopic == null) {
            byTopic = new HashMap<>();
            for (Group group : region.listedGroups()) {
                for (String slug : group.topics()) {
                    List<Group> groups = byTopic.computeIfAbsent(slug, k -> new ArrayList<>());
                    if (groups.isEmpty() || groups.getLast() != group) {  // a topic named twice lists the group once
                        groups.add(group);
                    }
                }
            }
            byTopic.replaceAll((slug, groups) -> List.copyOf(groups));
        }
        return byTopic.getOrDefault(topic, List.of());
    }

    /** {@code region.listedGroupsIn(municipality)}. */
    private synchronized List<Group> listedGroupsIn(String municipality) {
        if (byMunicipality == null) {
            byMunicipality = new HashMap<>();
            for (Group group : region.listedGroups()) {
                byMunicipality.computeIfAbsent(group.municipality(), k -> new ArrayList<>()).add(group);
            }
            byMunicipality.replaceAll((slug, groups) -> List.copyOf(groups));
        }
        return byMunicipality.getOrDefault(municipality, List.of());
    }

    private List<TopicSummary> topicSummaries() {
        return region.topics().stream()
                .map(t -> new TopicSummary(t, listedGroupsOn(t.slug()).size())).toList();
    }

    /** Whether any of the topics is marked sensitive: then the page shows "Hulp nodig nu?" prominently. */
    private boolean isSensitive(List<String> slugs) {
        return topicsOf(slugs).stream().anyMatch(Topic::sensitive);
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
        return itemJob(item, template, title, description, ogType, image, data, body, inSitemap,
                urls.unpublished().get(item.path()), urls.canonical(region, item),
                region.config().absoluteUrl(item.url()));
    }

    private static PageJob itemJob(ContentItem item, String template, String title, String description,
                                   String ogType, String image, Map<String, Object> data, Markdown body,
                                   boolean inSitemap, Publication unpublished, Optional<String> canonicalUrl,
                                   String ownUrl) {
        Map<String, Object> withBody = new HashMap<>(data);
        withBody.put("bodyMarkdown", body);
        if (unpublished != null) {
            withBody.put("unpublished", unpublished);  // the preview's banner: "Concept — niet gepubliceerd"
        }
        String canonical = canonicalUrl.orElse(ownUrl);
        return new PageJob(item.url(), template, item, new Meta(title, description, canonical, ogType, image),
                withBody, unpublished == null && inSitemap && canonical.equals(ownUrl));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
