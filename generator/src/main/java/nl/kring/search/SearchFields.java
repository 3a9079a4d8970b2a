package nl.kring.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The indexed fields and their query-time boosts. A title match weighs most, then the topic (its name and
 * synonyms), then the summary; where and when a group meets counts as much as its description.
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
        boosts.put(WHEN, 1f);
        return java.util.Collections.unmodifiableMap(boosts);
    }
}
