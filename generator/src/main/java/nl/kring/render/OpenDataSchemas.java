package nl.kring.render;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.kring.config.RegionConfig;
import nl.kring.model.Audience;
import nl.kring.model.EventType;
import nl.kring.model.GroupStatus;
import nl.kring.model.MeetingFormat;
import nl.kring.model.Registration;

/**
 * The JSON Schemas (draft 2020-12) of the open data files, and the OpenAPI 3.0 document that describes all four
 * files as one read-only API. The schemas keep to the keywords both JSON Schema and OpenAPI 3.0's Schema Object
 * share (no {@code null} types: an absent value is an absent field), so the same definitions serve both, only
 * their references pointing into {@code $defs} or {@code components/schemas}.
 */
final class OpenDataSchemas {

    private static final String JSON_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    private final RegionConfig region;

    OpenDataSchemas(RegionConfig region) {
        this.region = region;
    }

    Map<String, Object> groupsFile() {
        return standalone("groepen.schema.json", "Groepen", "groups", "Group",
                "The self-help and peer-support groups listed on the site, as its pages show them.");
    }

    Map<String, Object> activitiesFile() {
        return standalone("activiteiten.schema.json", "Activiteiten", "activities", "Activity",
                "The activities of the network that have not yet ended, soonest first.");
    }

    private Map<String, Object> standalone(String file, String title, String key, String item, String description) {
        String refs = "#/$defs/";
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", JSON_SCHEMA);
        schema.put("$id", region.absoluteUrl("/" + OpenData.FOLDER + file));
        schema.put("title", title);
        schema.put("description", description);
        schema.putAll(envelope(key, refs + item));
        Map<String, Object> defs = new LinkedHashMap<>();
        definitions(refs).forEach((name, definition) -> {
            if (!name.endsWith("File")) {
                defs.put(name, definition);
            }
        });
        schema.put("$defs", defs);
        return schema;
    }

    /** The OpenAPI 3.0 document: the four files as GET operations on the open-data folder. */
    Map<String, Object> openApi(String licence, String licenceUrl) {
        Map<String, Object> api = new LinkedHashMap<>();
        api.put("openapi", "3.0.3");
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", "Open data " + region.name());
        info.put("description", "Groups and activities of " + region.name()
                + " as JSON and CSV files (UTF-8 with BOM, ';' between fields, RFC 4180 quoting). Static files, "
                + "renewed with every build of the site; no key, no limits.");
        info.put("version", "1.0.0");
        Map<String, Object> licenceInfo = new LinkedHashMap<>();
        licenceInfo.put("name", licence);
        licenceInfo.put("url", licenceUrl);
        info.put("license", licenceInfo);
        api.put("info", info);
        api.put("servers", List.of(Map.of("url", region.absoluteUrl("/" + OpenData.FOLDER.substring(0, OpenData.FOLDER.length() - 1)))));
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put("/groepen.json", operation("groups", "All listed groups", "application/json",
                ref("#/components/schemas/", "GroupsFile")));
        paths.put("/groepen.csv", operation("groupsCsv", "All listed groups as CSV, one row per group",
                "text/csv", Map.of("type", "string")));
        paths.put("/activiteiten.json", operation("activities", "All activities that have not yet ended",
                "application/json", ref("#/components/schemas/", "ActivitiesFile")));
        paths.put("/activiteiten.csv", operation("activitiesCsv",
                "All activities that have not yet ended as CSV, one row per activity", "text/csv",
                Map.of("type", "string")));
        api.put("paths", paths);
        api.put("components", Map.of("schemas", definitions("#/components/schemas/")));
        return api;
    }

    private static Map<String, Object> operation(String id, String summary, String mediaType, Map<String, Object> schema) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("description", summary);
        response.put("content", Map.of(mediaType, Map.of("schema", schema)));
        Map<String, Object> get = new LinkedHashMap<>();
        get.put("operationId", id);
        get.put("summary", summary);
        get.put("responses", Map.of("200", response));
        return Map.of("get", get);
    }

    /** Every definition, the two file envelopes included, with references starting with {@code refs}. */
    private Map<String, Object> definitions(String refs) {
        Map<String, Object> defs = new LinkedHashMap<>();
        defs.put("GroupsFile", envelope("groups", refs + "Group"));
        defs.put("ActivitiesFile", envelope("activities", refs + "Activity"));
        defs.put("Group", group(refs));
        defs.put("Activity", activity(refs));
        defs.put("Meeting", object(List.of("start"),
                prop("start", dateTime("Start, ISO 8601 with the offset of the site's time zone")),
                prop("end", dateTime("End, if known"))));
        defs.put("Topic", object(List.of("id", "name"),
                prop("id", string("The topic's stable identifier (slug)")),
                prop("name", string("The topic's name"))));
        defs.put("Location", object(List.of("private", "city"),
                prop("private", bool("true when the group meets at someone's home: then only the city is given, "
                        + "the address follows after signing up")),
                prop("name", string("Name of the venue")),
                prop("address", string("Street and number")),
                prop("postcode", string("Postcode")),
                prop("city", string("Town or city")),
                prop("wheelchairAccessible", bool("Whether the venue is wheelchair accessible, if known"))));
        defs.put("Contact", object(List.of(),
                prop("name", string("The contact person, as the group's page shows them")),
                prop("email", withFormat(string("E-mail address"), "email")),
                prop("phone", string("Phone number as written")),
                prop("url", withFormat(string("Web address"), "uri"))));
        defs.put("Registration", object(List.of(),
                prop("url", withFormat(string("Where to sign up"), "uri")),
                prop("email", withFormat(string("E-mail address to sign up"), "email"))));
        return defs;
    }

    private Map<String, Object> envelope(String key, String itemRef) {
        return object(List.of("region", "regionName", "source", "licence", "licenceUrl", "generated", key),
                prop("region", string("The region's id")),
                prop("regionName", string("The region's name")),
                prop("source", withFormat(string("The site the data comes from"), "uri")),
                prop("licence", string("The data's licence: an SPDX identifier or a web address")),
                prop("licenceUrl", withFormat(string("Where the licence can be read"), "uri")),
                prop("generated", dateTime("When the site was built: the data is as of this moment")),
                prop(key, array(ref(itemRef))));
    }

    private Map<String, Object> group(String refs) {
        return object(List.of("id", "name", "summary", "url", "municipality", "municipalityName", "status", "topics",
                        "format", "when", "nextMeetings"),
                prop("id", withPattern(string("Stable identifier: municipality/slug; kept when the group is renamed"),
                        "^[a-z0-9-]+/[a-z0-9-]+$")),
                prop("name", string("The group's name")),
                prop("summary", string("One or two sentences about the group")),
                prop("url", withFormat(string("The group's page"), "uri")),
                prop("municipality", string("The municipality's stable identifier (slug)")),
                prop("municipalityName", string("The municipality's name")),
                prop("status", enumOf("active: takes newcomers; starting: starts soon; full: takes nobody new for now; "
                        + "paused: does not meet for now", codes(GroupStatus.values(), GroupStatus.ENDED))),
                prop("topics", array(ref(refs + "Topic"))),
                prop("audience", string("Who the group is for, in the group's words")),
                prop("format", enumOf("Meets in a room, online or both", codes(MeetingFormat.values(), null))),
                prop("when", string("When the group meets, in words")),
                prop("nextMeetings", array(ref(refs + "Meeting"),
                        "The next meetings (at most three) as the group's page lists them; empty for a group that "
                                + "offers no dates (full, paused, or without a schedule)")),
                prop("calendar", withFormat(string("The group's iCalendar file"), "uri")),
                prop("location", ref(refs + "Location")),
                prop("cost", string("What it costs, in words")),
                prop("registration", enumOf("Whether people sign up before they come",
                        codes(Registration.values(), null))),
                prop("languages", array(string("A language spoken in the group"))),
                prop("facilitators", integer("How many trained facilitators the group has")),
                prop("since", withFormat(string("Since when the group exists"), "date")),
                prop("contact", ref(refs + "Contact")),
                prop("updated", withFormat(string("When the information was last checked"), "date")));
    }

    private Map<String, Object> activity(String refs) {
        return object(List.of("id", "title", "url", "type", "start", "audience", "format", "municipality",
                        "municipalityName", "calendar"),
                prop("id", withPattern(string("Stable identifier: municipality/slug"), "^[a-z0-9-]+/[a-z0-9-]+$")),
                prop("title", string("The activity's title")),
                prop("url", withFormat(string("The activity's page"), "uri")),
                prop("type", enumOf("The kind of activity", codes(EventType.values(), null))),
                prop("start", dateTime("Start, ISO 8601 with the offset of the site's time zone")),
                prop("end", dateTime("End, if known")),
                prop("audience", enumOf("Who it is for", codes(Audience.values(), null))),
                prop("format", enumOf("In a room, online or both", codes(MeetingFormat.values(), null))),
                prop("municipality", string("The municipality's stable identifier (slug)")),
                prop("municipalityName", string("The municipality's name")),
                prop("location", ref(refs + "Location")),
                prop("cost", string("What it costs, in words")),
                prop("registration", ref(refs + "Registration")),
                prop("calendar", withFormat(string("The activity's iCalendar file"), "uri")));
    }

    private static List<String> codes(Enum<?>[] values, Enum<?> left) {
        return Arrays.stream(values).filter(v -> v != left).map(v -> v.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-')).toList();
    }

    private static Map.Entry<String, Object> prop(String name, Map<String, Object> schema) {
        return Map.entry(name, schema);
    }

    @SafeVarargs
    private static Map<String, Object> object(List<String> required, Map.Entry<String, Object>... properties) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        Map<String, Object> props = new LinkedHashMap<>();
        for (Map.Entry<String, Object> property : properties) {
            props.put(property.getKey(), property.getValue());
        }
        schema.put("properties", props);
        schema.put("additionalProperties", false);
        return schema;
    }

    private static Map<String, Object> string(String description) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "string");
        schema.put("description", description);
        return schema;
    }

    private static Map<String, Object> bool(String description) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "boolean");
        schema.put("description", description);
        return schema;
    }

    private static Map<String, Object> integer(String description) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "integer");
        schema.put("minimum", 0);
        schema.put("description", description);
        return schema;
    }

    private static Map<String, Object> dateTime(String description) {
        return withFormat(string(description), "date-time");
    }

    private static Map<String, Object> withFormat(Map<String, Object> schema, String format) {
        schema.put("format", format);
        return schema;
    }

    private static Map<String, Object> withPattern(Map<String, Object> schema, String pattern) {
        schema.put("pattern", pattern);
        return schema;
    }

    private static Map<String, Object> enumOf(String description, List<String> values) {
        Map<String, Object> schema = string(description);
        schema.put("enum", values);
        return schema;
    }

    private static Map<String, Object> array(Map<String, Object> items) {
        return array(items, null);
    }

    private static Map<String, Object> array(Map<String, Object> items, String description) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "array");
        if (description != null) {
            schema.put("description", description);
        }
        schema.put("items", items);
        return schema;
    }

    private static Map<String, Object> ref(String target) {
        return Map.of("$ref", target);
    }

    private static Map<String, Object> ref(String prefix, String name) {
        return ref(prefix + name);
    }
}
