package nl.kring.cms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The JSON Schemas of docs/schema, the single source of the editor's forms (labels, help texts, required
 * fields, patterns, allowed values). The build copies them into the jar under {@code nl/kring/schema/};
 * tests may read them from the folder instead.
 */
public final class KringSchemas {

    /** The schemas the editor has forms for. site-config.yml is left to whoever maintains the sites. */
    public static final List<String> EDITED = List.of("group", "story", "event", "page", "municipality", "topics");

    private final Map<String, Map<String, Object>> schemas;

    private KringSchemas(Map<String, Map<String, Object>> schemas) {
        this.schemas = Map.copyOf(schemas);
    }

    /** The schemas packaged with Kring. */
    public static KringSchemas packaged() {
        Map<String, Map<String, Object>> read = new LinkedHashMap<>();
        for (String name : EDITED) {
            String resource = "/nl/kring/schema/" + name + ".schema.json";
            try (InputStream in = KringSchemas.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource);  // a broken jar, not an editor's mistake
                }
                read.put(name, parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new KringSchemas(read);
    }

    /** The schemas in a folder such as docs/schema. */
    public static KringSchemas in(Path folder) throws IOException {
        Map<String, Map<String, Object>> read = new LinkedHashMap<>();
        for (String name : EDITED) {
            read.put(name, parse(Files.readString(folder.resolve(name + ".schema.json"))));
        }
        return new KringSchemas(read);
    }

    /** One schema as plain maps and lists, keys in the file's order. */
    public Map<String, Object> schema(String name) {
        Map<String, Object> schema = schemas.get(name);
        if (schema == null) {
            throw new IllegalArgumentException(name);
        }
        return schema;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) {
        // JSON is YAML: SnakeYAML Engine (already Kring's YAML reader) keeps the key order
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(json);
    }
}
