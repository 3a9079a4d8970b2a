package nl.kring.text;

import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps, lists, strings, numbers and booleans as indented JSON, keys in the maps' own order, so the
 * same tree always gives the same bytes. Strings are quoted by {@link Json#quote}. A null value in a map leaves the
 * key out: the files Kring publishes omit a field rather than write {@code null}.
 */
public final class JsonWriter {

    private JsonWriter() {
    }

    /** The tree as JSON with two-space indentation and a final newline. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "");
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, String indent) {
        switch (value) {
            case null -> out.append("null");
            case String s -> out.append(Json.quote(s));
            case Boolean b -> out.append(b);
            case Integer i -> out.append(i);
            case Long l -> out.append(l);
            case Map<?, ?> map -> object(map, out, indent);
            case List<?> list -> array(list, out, indent);
            default -> throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private static void object(Map<?, ?> map, StringBuilder out, String indent) {
        String inner = indent + "  ";
        boolean first = true;
        out.append('{');
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            out.append(first ? "\n" : ",\n").append(inner).append(Json.quote(entry.getKey().toString())).append(": ");
            write(entry.getValue(), out, inner);
            first = false;
        }
        out.append(first ? "}" : "\n" + indent + "}");
    }

    private static void array(List<?> list, StringBuilder out, String indent) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        boolean scalars = list.stream().noneMatch(v -> v instanceof Map || v instanceof List);
        if (scalars) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                write(list.get(i), out, indent);
            }
            out.append(']');
            return;
        }
        String inner = indent + "  ";
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n").append(inner);
            write(list.get(i), out, inner);
        }
        out.append('\n').append(indent).append(']');
    }
}
