package nl.kring.search;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.commonmark.renderer.text.TextContentRenderer;

import nl.kring.model.Event;
import nl.kring.model.Group;
import nl.kring.model.Location;
import nl.kring.model.Markdown;
import nl.kring.model.MeetingFormat;
import nl.kring.model.Page;
import nl.kring.model.Story;
import nl.kring.model.Topic;
import nl.kring.region.Region;
import nl.kring.render.Messages;
import nl.kring.source.MarkdownSyntax;

/**
 * Turns a region into the documents its search finds: every group with a page (listed and ended), story,
 * upcoming activity and page.
 * Documents are ordered by their first topic, so the results of a topical query tend to share a few
 * display-data chunks in the export.
 */
public final class SearchDocuments {

    private static final int SNIPPET_LENGTH = 240;

    private final MarkdownSyntax markdown;
    private final TextContentRenderer plainText = TextContentRenderer.builder().build();
    private final Messages messages;
    private final Function<String, String> municipalityName;
    private final SharedDocuments shared;

    /**
     * @param municipalityName the display name of any municipality slug (online groups of other regions are
     *                         listed too)
     */
    public SearchDocuments(MarkdownSyntax markdown, Messages messages, Function<String, String> municipalityName) {
        this(markdown, messages, municipalityName, SharedDocuments.forOneBuild());
    }

    /** @param shared the documents of items several regions list, made once per build */
    SearchDocuments(MarkdownSyntax markdown, Messages messages, Function<String, String> municipalityName,
                    SharedDocuments shared) {
        this.markdown = markdown;
        this.messages = messages;
        this.municipalityName = municipalityName;
        this.shared = shared;
    }

    public List<SearchDocument> of(Region region) {
        Map<String, Topic> topics = region.topics().stream()
                .collect(Collectors.toMap(Topic::slug, t -> t, (a, b) -> a, LinkedHashMap::new));
        List<String> topicOrder = new ArrayList<>(topics.keySet());
        List<SearchDocument> documents = new ArrayList<>();
        // ended groups too (they keep their page): found only when nothing else matches
        // a group's document shows the names of its topics and municipality, which other files give
        region.groupPages().forEach(g -> documents.add(shared.document(g, messages,
                List.of(region.topics(), municipalityName.apply(g.municipality())), () -> group(g, topics))));
        region.stories().forEach(s -> documents.add(story(s, topics)));
        region.upcoming().forEach(e -> documents.add(event(e)));
        region.networkPages().forEach(p -> documents.add(shared.document(p, messages, List.of(), () -> page(p))));
        region.localPages().forEach(p -> documents.add(page(p)));
        documents.sort(Comparator
                .comparingInt((SearchDocument d) -> d.topics().isEmpty()
                        ? Integer.MAX_VALUE : topicOrder.indexOf(d.topics().getFirst()))
                .thenComparing(SearchDocument::type)
                .thenComparing(SearchDocument::sitePath));
        return List.copyOf(documents);
    }

    private SearchDocument group(Group group, Map<String, Topic> topics) {
        Map<String, String> fields = new LinkedHashMap<>();
        String body = text(group.body());
        fields.put(SearchFields.TITLE, group.name());
        fields.put(SearchFields.TOPICS, topicText(group.topics(), topics));
        fields.put(SearchFields.SUMMARY, orEmpty(group.summary()));
        fields.put(SearchFields.BODY, body);
        fields.put(SearchFields.PLACE, place(group.municipality(), group.location()));
        fields.put(SearchFields.AUDIENCE, orEmpty(group.audience()));
        fields.put(SearchFields.FORMAT, formatLabel(group.format()));
        List<DayOfWeek> days = group.schedule() == null ? List.of() : group.schedule().weekdays();
        fields.put(SearchFields.WHEN, join(orEmpty(group.when()), dayNames(days)));
        return new SearchDocument(DocumentType.GROUP, group.name(), fields, group.url(), group.municipality(),
                group.topics(), formats(group.format()), dayBits(days), snippet(group.summary(), body),
                group.status() == nl.kring.model.GroupStatus.ENDED);
    }

    private SearchDocument story(Story story, Map<String, Topic> topics) {
        Map<String, String> fields = new LinkedHashMap<>();
        String body = text(story.body());
        fields.put(SearchFields.TITLE, story.title());
        fields.put(SearchFields.TOPICS, topicText(story.topics(), topics));
        fields.put(SearchFields.SUMMARY, orEmpty(story.summary()));
        fields.put(SearchFields.BODY, body);
        fields.put(SearchFields.PLACE, place(story.municipality(), null));
        return new SearchDocument(DocumentType.STORY, story.title(), fields, story.url(), story.municipality(),
                story.topics(), 0, 0, snippet(story.summary(), body), false);
    }

    private SearchDocument event(Event event) {
        Map<String, String> fields = new LinkedHashMap<>();
        String body = text(event.body());
        String type = messages.get("eventType." + event.type().code());
        DayOfWeek day = event.start().getDayOfWeek();
        fields.put(SearchFields.TITLE, event.title());
        fields.put(SearchFields.SUMMARY, type);
        fields.put(SearchFields.BODY, body);
        fields.put(SearchFields.PLACE, place(event.municipality(), event.location()));
        fields.put(SearchFields.AUDIENCE, messages.get("audience." + event.audience().code()));
        fields.put(SearchFields.FORMAT, formatLabel(event.format()));
        fields.put(SearchFields.WHEN, dayNames(List.of(day)) + " "
                + event.start().getMonth().getDisplayName(TextStyle.FULL, messages.locale()));
        return new SearchDocument(DocumentType.EVENT, event.title(), fields, event.url(), event.municipality(),
                List.of(), formats(event.format()), dayBits(List.of(day)), snippet(type, body), false);
    }

    private SearchDocument page(Page page) {
        Map<String, String> fields = new LinkedHashMap<>();
        String body = text(page.body());
        fields.put(SearchFields.TITLE, page.title());
        fields.put(SearchFields.SUMMARY, orEmpty(page.summary()));
        fields.put(SearchFields.BODY, body);
        fields.put(SearchFields.PLACE, page.isNetworkPage() ? "" : place(page.municipality(), null));
        return new SearchDocument(DocumentType.PAGE, page.title(), fields, page.url(), page.municipality(),
                List.of(), 0, 0, snippet(page.summary(), body), false);
    }

    private String text(Markdown body) {
        return plainText.render(markdown.parser().parse(body.source())).replaceAll("\\s+", " ").strip();
    }

    private static String topicText(List<String> slugs, Map<String, Topic> topics) {
        List<String> parts = new ArrayList<>();
        for (String slug : slugs) {
            Topic topic = topics.get(slug);
            if (topic != null) {
                parts.add(topic.name());
                parts.addAll(topic.synonyms());
            }
        }
        return String.join(" ", parts);
    }

    private String place(String municipality, Location location) {
        String name = municipality == null ? "" : municipalityName.apply(municipality);
        if (location == null) {
            return name;
        }
        Location visible = location.publicPart();
        return join(name, join(orEmpty(visible.name()), orEmpty(visible.city())));
    }

    private String formatLabel(MeetingFormat format) {
        return format == null ? "" : messages.get("format." + format.code());
    }

    private static int formats(MeetingFormat format) {
        if (format == null) {
            return 0;
        }
        return switch (format) {
            case IN_PERSON -> 1;
            case ONLINE -> 2;
            case HYBRID -> 3;
        };
    }

    private String dayNames(List<DayOfWeek> days) {
        return days.stream().map(d -> d.getDisplayName(TextStyle.FULL, messages.locale()))
                .collect(Collectors.joining(" "));
    }

    private static int dayBits(List<DayOfWeek> days) {
        int bits = 0;
        for (DayOfWeek day : days) {
            bits |= 1 << (day.getValue() - 1);
        }
        return bits;
    }

    /** Summary, then the body, cut at a word boundary. */
    static String snippet(String summary, String body) {
        String text = join(orEmpty(summary), body);
        if (text.length() <= SNIPPET_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SNIPPET_LENGTH);
        return text.substring(0, cut > SNIPPET_LENGTH / 2 ? cut : SNIPPET_LENGTH) + " …";
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }

}
