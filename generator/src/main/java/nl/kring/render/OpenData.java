package nl.kring.render;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.kring.config.SiteConfig;
import nl.kring.model.Contact;
import nl.kring.model.Event;
import nl.kring.model.Group;
import nl.kring.model.Location;
import nl.kring.model.MeetingFormat;
import nl.kring.model.Topic;
import nl.kring.region.Region;
import nl.kring.text.Csv;
import nl.kring.text.JsonWriter;

/**
 * A region's open data under {@code /open-data/}: every listed group and every upcoming activity, as JSON and as
 * CSV, for sociale-kaart platforms and municipal websites. Only what the site itself shows anyone: a private
 * address is never in it (only the city), nor a draft, nor an ended group; meeting dates are the ones the group's
 * page lists, from the same schedule expansion. Each record's {@code id} is {@code municipality/slug}, which stays
 * the same when a group is renamed. The files are described by {@link OpenDataSchemas}.
 */
final class OpenData {

    static final String FOLDER = "open-data/";
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final SiteConfig site;
    private final Region region;
    private final ContentUrls urls;
    private final LocalDateTime now;
    private final String licence;
    private final MeetingDates meetingDates;

    /** @param meetings the groups' next meeting dates, shared with their pages (the same series) */
    OpenData(SiteConfig site, Region region, ContentUrls urls, LocalDateTime now, MeetingDates meetings) {
        this.site = site;
        this.region = region;
        this.urls = urls;
        this.now = now;
        this.meetingDates = meetings;
        this.licence = site.statementsFor(region.config()).licenceOrDefault();
    }

    /** The data files, schemas and the OpenAPI document, by their path in the region's folder. */
    List<OutputFile> files() {
        return files(null).files();
    }

    /**
     * The files and the records they were written from. The files are a function of the records, the region's
     * configuration and the licence, plus the moment in "generated"; so when the preview's previous files were
     * written from equal records on the same day, they are taken as they are instead of writing thousands of
     * records again (an online group's edit reaches every region's open data, and its text is not in it). As
     * with a region the preview keeps whole, only the time of day in "generated" can be older.
     */
    Made files(Made previous) {
        RowContext context = new RowContext(site, region.config(), now.toLocalDate(), region.topics(),
                urls.municipalityNames());
        Map<Group, Row> known = previous != null && previous.context().equals(context) ? previous.rows() : Map.of();
        Map<Group, Row> rows = new java.util.IdentityHashMap<>();
        Records records = new Records(region.config(), licence, now.toLocalDate(), groups(known, rows), activities());
        if (previous != null && previous.records().equals(records)) {
            return previous;
        }
        return new Made(records, write(records.groups(), records.activities()), context, rows);
    }

    /** What the open data of the region are written from. */
    record Records(nl.kring.config.RegionConfig region, String licence, LocalDate today,
                   List<Map<String, Object>> groups, List<Map<String, Object>> activities) {
    }

    /**
     * What a group's record depends on besides the group itself: the site (its time zone, which region is a
     * municipality's home), the region's address, the day, the topics' and municipalities' names.
     */
    record RowContext(SiteConfig site, nl.kring.config.RegionConfig region, LocalDate today, List<Topic> topics,
                      Map<String, String> municipalityNames) {
    }

    /** A group's record, and whether the group had a page in the region when it was made. */
    record Row(Map<String, Object> record, boolean page) {
    }

    /**
     * The open-data files, the records they were written from, and each group's record by the group object it
     * was made from: the preview's next build takes the records of the groups whose files did not change (the very
     * same objects) when their context is equal, so it makes and compares only the changed ones. An online group's
     * edit reaches every region's open data; making and comparing 20,000 records each time was a quarter of it.
     */
    record Made(Records records, List<OutputFile> files, RowContext context, Map<Group, Row> rows) {
        Made {
            files = List.copyOf(files);
            rows = java.util.Collections.unmodifiableMap(rows);
        }
    }

    /** The names of the files {@link #files} writes (in {@link #FOLDER}), in the order it writes them. */
    static final List<String> FILE_NAMES = List.of("groepen.json", "activiteiten.json", "groepen.csv",
            "activiteiten.csv", "groepen.schema.json", "activiteiten.schema.json", "openapi.json");

    /**
     * The open-data files as {@code kring check} needs them: only as the targets of the pages' links (the
     * check writes nothing, and nothing in these files can be wrong that the content check did not report).
     */
    static List<OutputFile> linkTargets() {
        return FILE_NAMES.stream().map(name -> new OutputFile(FOLDER + name, new byte[0], null)).toList();
    }

    private List<OutputFile> write(List<Map<String, Object>> groups, List<Map<String, Object>> activities) {
        OpenDataSchemas schemas = new OpenDataSchemas(region.config());
        List<OutputFile> files = new ArrayList<>();
        files.add(json("groepen.json", envelope("groups", groups)));
        files.add(json("activiteiten.json", envelope("activities", activities)));
        files.add(new OutputFile(FOLDER + "groepen.csv", Csv.write(GROUP_COLUMNS, groups.stream().map(OpenData::groupRow).toList()), null));
        files.add(new OutputFile(FOLDER + "activiteiten.csv", Csv.write(ACTIVITY_COLUMNS,
                activities.stream().map(OpenData::activityRow).toList()), null));
        files.add(json("groepen.schema.json", schemas.groupsFile()));
        files.add(json("activiteiten.schema.json", schemas.activitiesFile()));
        files.add(json("openapi.json", schemas.openApi(licence, licenceUrl(licence))));
        return files;
    }

    /** The number of groups and activities in the files, for the /open-data/ page. */
    int groupCount() {
        return listedGroups().size();
    }

    int activityCount() {
        return upcoming().size();
    }

    String licence() {
        return licence;
    }

    /** Where a licence can be read: an SPDX identifier's page on spdx.org, or the configured web address itself. */
    static String licenceUrl(String licence) {
        return licence.contains("://") ? licence : "https://spdx.org/licenses/" + licence + ".html";
    }

    private static OutputFile json(String name, Object tree) {
        return new OutputFile(FOLDER + name, JsonWriter.utf8(tree), null);
    }

    private Map<String, Object> envelope(String key, List<Map<String, Object>> items) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("region", region.id());
        file.put("regionName", region.config().name());
        file.put("source", region.config().absoluteUrl("/"));
        file.put("licence", licence);
        file.put("licenceUrl", licenceUrl(licence));
        file.put("generated", OFFSET.format(now.atZone(site.timezone())));
        file.put(key, items);
        return file;
    }

    private List<Group> listedGroups() {
        return region.listedGroups().stream().filter(g -> !urls.unpublished().containsKey(g.path())).toList();
    }

    private List<Event> upcoming() {
        return region.upcoming().stream().filter(e -> !urls.unpublished().containsKey(e.path())).toList();
    }

    /**
     * Each listed group's record: taken from {@code known} when made from the very same group (and page), else made;
     * either way put in {@code rows}.
     */
    private List<Map<String, Object>> groups(Map<Group, Row> known, Map<Group, Row> rows) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Group group : listedGroups()) {
            boolean page = region.hasGroupPage(group);
            Row before = known.get(group);
            Row row = before != null && before.page() == page ? before : new Row(record(group, page), page);
            rows.put(group, row);
            result.add(row.record());
        }
        return result;
    }

    private Map<String, Object> record(Group group, boolean page) {
        ZoneId zone = site.timezone();
        LocalDate today = now.toLocalDate();
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("id", group.key());
        g.put("name", group.name());
        g.put("summary", group.summary());
        g.put("url", urls.canonical(region, group).orElse(region.config().absoluteUrl(group.url())));
        g.put("municipality", group.municipality());
        g.put("municipalityName", municipalityName(group.municipality()));
        g.put("status", group.status().code());
        g.put("topics", topics(group.topics()));
        g.put("audience", group.audience());
        g.put("format", group.format().code());
        g.put("when", group.when());
        List<Map<String, Object>> meetings = new ArrayList<>();
        for (LocalDate day : meetingDates.next(group, today, PagePlan.NEXT_MEETINGS)) {
            Map<String, Object> meeting = new LinkedHashMap<>();
            meeting.put("start", OFFSET.format(day.atTime(group.schedule().start()).atZone(zone)));
            if (group.schedule().end() != null) {
                meeting.put("end", OFFSET.format(day.atTime(group.schedule().end()).atZone(zone)));
            }
            meetings.add(meeting);
        }
        g.put("nextMeetings", meetings);
        g.put("calendar", meetingDates.hasCalendar(group, today) && page
                ? region.config().absoluteUrl(group.calendarUrl()) : null);
        g.put("location", location(group.format(), group.location()));
        g.put("cost", group.cost());
        g.put("registration", group.registration() == null ? null : group.registration().code());
        g.put("languages", group.languages().isEmpty() ? null : group.languages());
        g.put("facilitators", group.facilitators());
        g.put("since", group.since() == null ? null : group.since().toString());
        g.put("contact", contact(group.contact()));
        g.put("updated", group.updated() == null ? null : group.updated().toString());
        return g;
    }

    private List<Map<String, Object>> activities() {
        ZoneId zone = site.timezone();
        List<Map<String, Object>> result = new ArrayList<>();
        for (Event event : upcoming()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", event.key());
            a.put("title", event.title());
            a.put("url", urls.canonical(region, event).orElse(region.config().absoluteUrl(event.url())));
            a.put("type", event.type().code());
            a.put("start", OFFSET.format(event.start().atZone(zone)));
            a.put("end", event.end() == null ? null : OFFSET.format(event.end().atZone(zone)));
            a.put("audience", event.audience().code());
            a.put("format", event.format().code());
            a.put("municipality", event.municipality());
            a.put("municipalityName", municipalityName(event.municipality()));
            a.put("location", location(event.format(), event.location()));
            a.put("cost", event.cost());
            if (event.registration() != null && (event.registration().url() != null || event.registration().email() != null)) {
                Map<String, Object> registration = new LinkedHashMap<>();
                registration.put("url", event.registration().url());
                registration.put("email", event.registration().email());
                a.put("registration", registration);
            }
            a.put("calendar", region.config().absoluteUrl(event.calendarUrl()));
            result.add(a);
        }
        return result;
    }

    private List<Map<String, Object>> topics(List<String> slugs) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Topic topic : region.topics()) {
            if (slugs.contains(topic.slug())) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("id", topic.slug());
                t.put("name", topic.name());
                result.add(t);
            }
        }
        return result;
    }

    /** The public part only: a private location (someone's home) is its city and nothing else, as on the page. */
    private static Map<String, Object> location(MeetingFormat format, Location location) {
        if (format == MeetingFormat.ONLINE || location == null) {
            return null;
        }
        Location shown = location.publicPart();
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("private", shown.isPrivate());
        l.put("name", shown.name());
        l.put("address", shown.address());
        l.put("postcode", shown.postcode());
        l.put("city", shown.city());
        l.put("wheelchairAccessible", shown.accessible());
        return l;
    }

    /** The contact box of the group's page: its name, e-mail, phone and web address as shown there. */
    private static Map<String, Object> contact(Contact contact) {
        if (contact == null) {
            return null;
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", contact.name());
        c.put("email", contact.email());
        c.put("phone", contact.phone());
        c.put("url", contact.url());
        return c.values().stream().allMatch(java.util.Objects::isNull) ? null : c;
    }

    private String municipalityName(String slug) {
        return urls.municipalityNames().getOrDefault(slug, slug);
    }

    static final List<String> GROUP_COLUMNS = List.of("id", "name", "summary", "url", "municipality",
            "municipalityName", "status", "topics", "audience", "format", "when", "nextMeetings", "locationPrivate",
            "locationName", "address", "postcode", "city", "wheelchairAccessible", "cost", "registration",
            "languages", "contactName", "contactEmail", "contactPhone", "contactUrl", "updated");

    static final List<String> ACTIVITY_COLUMNS = List.of("id", "title", "url", "type", "start", "end", "audience",
            "format", "municipality", "municipalityName", "locationPrivate", "locationName", "address", "postcode",
            "city", "wheelchairAccessible", "cost", "registrationUrl", "registrationEmail");

    @SuppressWarnings("unchecked")
    private static List<String> groupRow(Map<String, Object> g) {
        Map<String, Object> location = (Map<String, Object>) g.get("location");
        Map<String, Object> contact = (Map<String, Object>) g.get("contact");
        List<Map<String, Object>> topics = (List<Map<String, Object>>) g.get("topics");
        List<Map<String, Object>> meetings = (List<Map<String, Object>>) g.get("nextMeetings");
        List<String> row = new ArrayList<>();
        for (String key : List.of("id", "name", "summary", "url", "municipality", "municipalityName", "status")) {
            row.add(text(g.get(key)));
        }
        row.add(String.join(", ", topics.stream().map(t -> (String) t.get("name")).toList()));
        row.add(text(g.get("audience")));
        row.add(text(g.get("format")));
        row.add(text(g.get("when")));
        row.add(String.join(", ", meetings.stream().map(m -> (String) m.get("start")).toList()));
        row.addAll(locationFields(location));
        row.add(text(g.get("cost")));
        row.add(text(g.get("registration")));
        row.add(g.get("languages") == null ? "" : String.join(", ", (List<String>) g.get("languages")));
        for (String key : List.of("name", "email", "phone", "url")) {
            row.add(contact == null ? "" : text(contact.get(key)));
        }
        row.add(text(g.get("updated")));
        return row;
    }

    @SuppressWarnings("unchecked")
    private static List<String> activityRow(Map<String, Object> a) {
        List<String> row = new ArrayList<>();
        for (String key : List.of("id", "title", "url", "type", "start", "end", "audience", "format", "municipality",
                "municipalityName")) {
            row.add(text(a.get(key)));
        }
        row.addAll(locationFields((Map<String, Object>) a.get("location")));
        row.add(text(a.get("cost")));
        Map<String, Object> registration = (Map<String, Object>) a.get("registration");
        row.add(registration == null ? "" : text(registration.get("url")));
        row.add(registration == null ? "" : text(registration.get("email")));
        return row;
    }

    private static List<String> locationFields(Map<String, Object> location) {
        List<String> fields = new ArrayList<>();
        for (String key : List.of("private", "name", "address", "postcode", "city", "wheelchairAccessible")) {
            fields.add(location == null ? "" : text(location.get(key)));
        }
        return fields;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
