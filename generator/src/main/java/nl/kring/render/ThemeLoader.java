package nl.kring.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.kring.diagnostic.Diagnostics;
import nl.kring.diagnostic.SourcePosition;
import nl.kring.message.Message;
import nl.kring.source.SourceReader;
import nl.kring.source.YamlMap;
import nl.kring.source.YamlSource;

/** Finds {@code themes/<name>/} and follows {@code extends:} in each theme's theme.yml. */
public final class ThemeLoader {

    private final SourceReader reader;
    private final Diagnostics diagnostics;

    public ThemeLoader(SourceReader reader, Diagnostics diagnostics) {
        this.reader = reader;
        this.diagnostics = diagnostics;
    }

    public Optional<Theme> load(String name, SourcePosition usedAt) {
        List<Path> chain = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String current = name;
        SourcePosition at = usedAt;
        while (current != null) {
            Path dir = reader.root().resolve("themes").resolve(current);
            if (names.contains(current)) {
                diagnostics.error(at, "theme.circle", String.join(" → ", names) + " → " + current);
                return Optional.empty();
            }
            if (!current.matches("[a-z0-9][a-z0-9-]*") || !Files.isDirectory(dir)) {
                diagnostics.error(at, "theme.notFound", current);
                return Optional.empty();
            }
            names.add(current);
            chain.add(dir);
            Path descriptor = dir.resolve("theme.yml");
            String parent = null;
            if (Files.isRegularFile(descriptor)) {
                var file = reader.read(descriptor);
                if (file.isEmpty()) {
                    return Optional.empty();
                }
                YamlSource yaml = new YamlSource(file.get().path(), file.get().text(), 1, diagnostics);
                var map = yaml.parse().flatMap(node -> YamlMap.of(yaml, node, Message.of("what.file", "theme.yml"), "name", "extends", "description"));
                if (map.isPresent()) {
                    parent = map.get().text("extends");
                    at = map.get().positionOf("extends");
                }
            }
            current = parent;
        }
        return Optional.of(new Theme(name, chain));
    }
}
