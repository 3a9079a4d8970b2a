package nl.kring.serve.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.JsonSchema;

import nl.kring.text.Json;

/**
 * Reads the editor's JSON requests and writes the answers. JSON is YAML 1.2 with the JSON schema, so the
 * YAML library Kring already has reads it (no second parser for one small protocol); answers are plain
 * maps, lists, strings, numbers, booleans and null written out here.
 */
final class JsonText {

    /** An upload of a few megabytes, base64 encoded, must fit; the request size is limited before this. */
    private static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

    private JsonText() {
    }

    /** The request's object, or empty when the body is not a JSON object. */
    static Optional<Map<?, ?>> object(String body) {
        LoadSettings settings = LoadSettings.builder().setSchema(new JsonSchema())
                .setCodePointLimit(MAX_CODE_POINTS).setAllowDuplicateKeys(false).build();
        try {
            Object value = new Load(settings).loadFromString(body);
            return value instanceof Map<?, ?> map ? Optional.of(map) : Optional.empty();
        } catch (YamlEngineException e) {
            return Optional.empty();
        }
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case String s -> out.append(Json.quote(s));
            case Boolean b -> out.append(b);
            case Number n -> out.append(n);
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    out.append(Json.quote(String.valueOf(e.getKey()))).append(':');
                    write(e.getValue(), out);
                }
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(list.get(i), out);
                }
                out.append(']');
            }
            default -> throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }
}
