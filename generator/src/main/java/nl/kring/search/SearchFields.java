package nl.kring.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The indexed fields and their query-time boosts. A title match weighs most, then the topic (its name and
 * synonyms) and when a group meets (its weekdays: "dinsdag" should find the groups that meet on Tuesdays before
 * a text that says "meld je uiterlijk dinsdag aan"), then the summary; where it meets counts as much as its
 * description.
 */
public final class SearchFields {

    public static final String TITLE = "title";
    public static final String TOPICS = "topics";
    public static final String SUMMARY = "summary";
    public static final String BODY = "body";
    public static final String PLACE = "place";
    public static final String AUDIENCE = "audience";
    public static final String FORMAT = "format";
    public static final String WHEN = "when";

    /** Field → boost, in a fixed order (the export and the query iterate fields in this order). */
    public static final Map<String, Float> BOOSTS = boosts();

    private SearchFields() {
    }

    private static Map<String, Float> boosts() {
        Map<String, Float> boosts = new LinkedHashMap<>();
        boosts.put(TITLE, 3f);
        boosts.put(TOPICS, 2f);
        boosts.put(SUMMARY, 1.5f);
        boosts.put(BODY, 1f);
        boosts.put(PLACE, 1f);
        boosts.put(AUDIENCE, 1f);
        boosts.put(FORMAT, 1f);
        boosts.put(WHEN, 2f);
        return java.util.Collections.unmodifiableMap(boosts);
    }
}
