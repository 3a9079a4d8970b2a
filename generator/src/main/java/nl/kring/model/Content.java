package nl.kring.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything under content/, loaded and validated, in a stable order (sorted by path).
 *
 * @param unpublished by path, the drafts and the files waiting for their {@code publishFrom} date:
 *                    left out of the lists in a build, in them (and shown as such) in the preview
 */
public record Content(List<Topic> topics, List<Municipality> municipalities, List<Group> groups,
                      List<Story> stories, List<Event> events, List<Page> pages,
                      Map<String, Publication> unpublished) {

    /** Content without drafts. */
    public Content(List<Topic> topics, List<Municipality> municipalities, List<Group> groups,
                   List<Story> stories, List<Event> events, List<Page> pages) {
        this(topics, municipalities, groups, stories, events, pages, Map.of());
    }

    public Content {
        topics = List.copyOf(topics);
        municipalities = List.copyOf(municipalities);
        groups = List.copyOf(groups);
        stories = List.copyOf(stories);
        events = List.copyOf(events);
        pages = List.copyOf(pages);
        unpublished = Map.copyOf(unpublished);
    }

    /** How the item at {@code path} is published: a draft, from a date, or (mostly) as usual. */
    public Publication publication(String path) {
        return unpublished.getOrDefault(path, Publication.PUBLISHED);
    }

    public Optional<Topic> topic(String slug) {
        return topics.stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    public Optional<Municipality> municipality(String slug) {
        return municipalities.stream().filter(m -> m.slug().equals(slug)).findFirst();
    }

    public Optional<Group> group(String key) {
        return groups.stream().filter(g -> g.key().equals(key)).findFirst();
    }

    public Map<String, Topic> topicsBySlug() {
        return index(topics, Topic::slug);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, t -> t, (a, b) -> a, LinkedHashMap::new));
    }
}
