package nl.kring.cms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import nl.kring.content.ContentLoader;

/**
 * What the editor's choice lists offer, read from a content repository: the regions of site-config.yml,
 * the municipality folders under content/, the topics of topics.yml and the groups (for a story's group).
 * Read leniently: a file with a mistake gives fewer choices here, and kring check reports the mistake.
 *
 * @param regions        region id and site name, in site-config.yml's order
 * @param municipalities folder name and municipality name, by folder name
 * @param topics         slug and name, in topics.yml's order
 * @param groups         {@code <municipality>/<slug>} and the group's name, by that key
 * @param regionOf       municipality folder to the id of the first region that lists it (site-config.yml's
 *                       {@code municipalities}); the preview serves a municipality's pages under that region
 */
public record CmsSite(List<Choice> regions, List<Choice> municipalities, List<Choice> topics, List<Choice> groups,
                      Map<String, String> regionOf) {

    /** Choices without regions' municipalities (pages link without a region prefix). */
    public CmsSite(List<Choice> regions, List<Choice> municipalities, List<Choice> topics, List<Choice> groups) {
        this(regions, municipalities, topics, groups, Map.of());
    }

    /** One choice: the value Kring reads and the words an editor sees. */
    public record Choice(String value, String label) {
    }

    public CmsSite {
        regions = List.copyOf(regions);
        municipalities = List.copyOf(municipalities);
        topics = List.copyOf(topics);
        groups = List.copyOf(groups);
        regionOf = Map.copyOf(regionOf);
    }

    /** The region whose preview shows a municipality's pages, if site-config.yml names one. */
    public Optional<String> regionOf(String municipality) {
        return Optional.ofNullable(regionOf.get(municipality));
    }

    /** Reads the choices from the repository at {@code root}. */
    public static CmsSite read(Path root) {
        Path content = root.resolve(ContentLoader.CONTENT_DIR);
        List<Choice> regions = new ArrayList<>();
        Map<String, String> regionOf = new java.util.LinkedHashMap<>();
        yaml(root.resolve("site-config.yml")).ifPresent(config -> {
            if (config instanceof Map<?, ?> map && map.get("regions") instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof Map<?, ?> region && region.get("id") != null) {
                        regions.add(new Choice(String.valueOf(region.get("id")), text(region.get("name"), region.get("id"))));
                        if (region.get("municipalities") instanceof List<?> members) {
                            for (Object member : members) {
                                regionOf.putIfAbsent(String.valueOf(member), String.valueOf(region.get("id")));
                            }
                        }
                    }
                }
            }
        });
        List<Choice> municipalities = new ArrayList<>();
        List<Choice> groups = new ArrayList<>();
        for (String folder : ContentLoader.municipalityFolders(root)) {
            Object name = yaml(content.resolve(folder).resolve("municipality.yml"))
                    .filter(Map.class::isInstance).map(m -> ((Map<?, ?>) m).get("name")).orElse(null);
            municipalities.add(new Choice(folder, text(name, folder)));
            for (Path file : markdown(content.resolve(folder).resolve("groups"))) {
                String slug = file.getFileName().toString().replaceFirst("\\.md$", "");
                Object group = frontMatter(file).map(m -> m.get("name")).orElse(null);
                groups.add(new Choice(folder + "/" + slug, text(group, slug) + " (" + text(name, folder) + ")"));
            }
        }
        List<Choice> topics = new ArrayList<>();
        yaml(content.resolve("topics.yml")).ifPresent(file -> {
            // the list itself, or the editor's form with the list under 'topics:' (see docs/content.md)
            Object list = file instanceof Map<?, ?> map ? map.get("topics") : file;
            if (list instanceof List<?> items) {
                for (Object item : items) {
                    if (item instanceof Map<?, ?> topic && topic.get("slug") != null) {
                        topics.add(new Choice(String.valueOf(topic.get("slug")), text(topic.get("name"), topic.get("slug"))));
                    }
                }
            }
        });
        return new CmsSite(regions, municipalities, topics, groups, regionOf);
    }

    private static String text(Object value, Object fallback) {
        return value == null ? String.valueOf(fallback) : String.valueOf(value).strip();
    }

    private static List<Path> markdown(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md"))
                    .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Map<?, ?>> frontMatter(Path file) {
        try {
            String text = Files.readString(file).replace("\r\n", "\n");
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (!text.startsWith("---\n")) {
                return Optional.empty();
            }
            int end = text.indexOf("\n---", 3);
            return end < 0 ? Optional.empty() : parse(text.substring(4, end + 1))
                    .filter(Map.class::isInstance).map(m -> (Map<?, ?>) m);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Object> yaml(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Object> parse(String text) {
        try {
            return Optional.ofNullable(new Load(LoadSettings.builder().build()).loadFromString(text));
        } catch (YamlEngineException | ClassCastException e) {
            return Optional.empty();  // kring check reports it
        }
    }
}
