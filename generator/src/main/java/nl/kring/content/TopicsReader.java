package nl.kring.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import nl.kring.diagnostic.Diagnostics;
import nl.kring.message.Message;
import nl.kring.model.Topic;
import nl.kring.source.SourceFile;
import nl.kring.source.TextFormats;
import nl.kring.source.YamlMap;
import nl.kring.source.YamlSource;

/**
 * Reads {@code content/topics.yml}: a list of topics, or the same list under one key {@code topics:} (the form
 * a web editor such as Decap CMS can edit: it cannot edit a file that is a list at the top).
 */
final class TopicsReader {

    /** The fields of one topic, in the order the documentation lists them. */
    static final String[] FIELDS = {"slug", "name", "description", "synonyms", "sensitive"};

    static final String PATH = "content/topics.yml";

    private final Diagnostics diagnostics;

    TopicsReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    List<Topic> read(SourceFile file) {
        YamlSource yaml = new YamlSource(file.path(), file.text(), 1, diagnostics);
        List<Topic> topics = new ArrayList<>();
        yaml.parse().ifPresent(root -> {
            List<Node> items;
            if (root instanceof SequenceNode list) {
                items = list.getValue();
            } else if (root instanceof MappingNode) {
                items = YamlMap.of(yaml, root, Message.of("what.file", "topics.yml"), "topics")
                        .map(topicsFile -> topicsFile.items("topics")).orElse(List.of());
            } else {
                diagnostics.error(yaml.position(root), "topics.notList");
                return;
            }
            Map<String, Integer> seen = new HashMap<>();
            for (Node item : items) {
                YamlMap.of(yaml, item, Message.of("what.topic"), FIELDS).ifPresent(map -> {
                    String slug = map.requiredText("slug");
                    String name = map.requiredText("name");
                    String description = map.requiredText("description");
                    List<String> synonyms = map.textList("synonyms");
                    boolean sensitive = Boolean.TRUE.equals(map.bool("sensitive"));
                    if (slug != null && !TextFormats.isSlug(slug)) {
                        map.error("slug", "topic.slug.invalid", slug);
                    } else if (slug != null && seen.containsKey(slug)) {
                        map.error("slug", "topic.duplicate", slug, seen.get(slug));
                    } else if (slug != null && name != null && description != null) {
                        seen.put(slug, map.positionOf("slug").line());
                        topics.add(new Topic(slug, name, description, synonyms, sensitive));
                    }
                });
            }
        });
        return topics;
    }

    /** The topic slugs alone, for checking references while other files load. */
    static List<String> slugs(List<Topic> topics) {
        return topics.stream().map(Topic::slug).toList();
    }

    /**
     * Each topic's name, then each topic's synonyms, in lower case with single spaces, with the topic's slug: the
     * first topic that has a word keeps it ("rouw en verlies" → rouw, "schulden" → geldzorgen).
     */
    static java.util.Map<String, String> words(List<Topic> topics) {
        java.util.Map<String, String> words = new java.util.LinkedHashMap<>();
        topics.forEach(topic -> words.putIfAbsent(normal(topic.name()), topic.slug()));
        topics.forEach(topic -> topic.synonyms().forEach(synonym -> words.putIfAbsent(normal(synonym), topic.slug())));
        return words;
    }

    private static String normal(String word) {
        return word.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    }
}
