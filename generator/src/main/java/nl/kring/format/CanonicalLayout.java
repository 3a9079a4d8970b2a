package nl.kring.format;

import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.kring.content.ContentFields;

/**
 * What the canonical form of a content file knows about its fields: the order of the keys (the readers'
 * field order, which the JSON Schemas in docs/schema follow), which fields are booleans, which are phone
 * numbers and which are lists. Taken from {@link ContentFields}, so fmt cannot drift from what {@code kring check} reads.
 *
 * @param order   the key order of the top-level mapping (of each list item for topics.yml)
 * @param nested  the key order inside a nested mapping, by the name of the field holding it
 */
record CanonicalLayout(List<String> order, Map<String, List<String>> nested) {

    /** Fields Kring reads as true/false (also ja/nee, yes/no): written as {@code true}/{@code false}. */
    static final Set<String> BOOLEANS = Set.of("draft", "private", "accessible", "consent", "sensitive",
            "includeSubDomains", "carnival");
    /** Fields holding a phone number: always quoted, so no tool reads them as a number and drops the 0. */
    static final Set<String> PHONES = Set.of("phone");
    /**
     * Fields Kring reads as a list, a single value as a list of one ({@code YamlMap#textList}, {@code items}):
     * written as a list, because the web editor's list widgets cannot open a single value (Decap stops with an
     * error on {@code except: 2026-12-27}).
     */
    static final Set<String> LISTS = Set.of("topics", "regions", "languages", "days", "except", "pause", "synonyms");

    /** Whether a single value of field {@code key} is a list of one to write as a list ({@code regions: all} is not). */
    static boolean isListOfOne(String key, String value) {
        return LISTS.contains(key) && !(key.equals("regions") && value.strip().equals("all"));
    }

    static CanonicalLayout of(ContentFields.Kind kind) {
        return new CanonicalLayout(kind.fields(), Map.of(
                "location", ContentFields.locationFields(),
                "contact", ContentFields.contactFields(),
                "registration", ContentFields.registrationFields(),
                "schedule", ContentFields.scheduleFields()));
    }

    static CanonicalLayout municipality() {
        return new CanonicalLayout(List.of("name", "intro", "contact"), Map.of("contact", ContentFields.contactFields()));
    }

    static CanonicalLayout topics() {
        return new CanonicalLayout(ContentFields.topicFields(), Map.of());
    }

    /** The rank of a key in a mapping held by {@code parent} ("" for the top level); unknown keys go last. */
    int rank(String parent, String key) {
        List<String> keys = parent.isEmpty() ? order : nested.getOrDefault(parent, List.of());
        int index = keys.indexOf(key);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
