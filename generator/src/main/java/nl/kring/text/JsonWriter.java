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

    /** The tree as the UTF-8 bytes of JSON with two-space indentation and a final newline. */
    public static byte[] utf8(Object value) {
        Utf8Bytes out = new Utf8Bytes(8192);
        write(value, out, 0);
        return out.append('\n').toByteArray();
    }

    private static void write(Object value, Utf8Bytes out, int depth) {
        switch (value) {
            case null -> out.append("null");
            case String s -> quote(s, out);
            case Boolean b -> out.append(b.toString());
            case Integer i -> out.append(i);
            case Long l -> out.append(l.toString());
            case Map<?, ?> map -> object(map, out, depth);
            case List<?> list -> array(list, out, depth);
            default -> throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    /** {@link Json#quote}, without its copies for the strings that need no escape (nearly all). */
    private static void quote(String s, Utf8Bytes out) {
        if (Json.needsEscape(s)) {
            out.append(Json.quote(s));
        } else {
            out.append('"').append(s).append('"');
        }
    }

    private static void object(Map<?, ?> map, Utf8Bytes out, int depth) {
        boolean first = true;
        out.append('{');
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            out.append(first ? "\n" : ",\n");
            indent(out, depth + 1);
            quote(entry.getKey().toString(), out);
            out.append(": ");
            write(entry.getValue(), out, depth + 1);
            first = false;
        }
        if (first) {
            out.append('}');
        } else {
            out.append('\n');
            indent(out, depth);
            out.append('}');
        }
    }

    private static void array(List<?> list, Utf8Bytes out, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        boolean scalars = true;
        for (Object v : list) {
            scalars &= !(v instanceof Map || v instanceof List);
        }
        out.append('[');
        if (scalars) {
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                write(list.get(i), out, depth);
            }
            out.append(']');
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n");
            indent(out, depth + 1);
            write(list.get(i), out, depth + 1);
        }
        out.append('\n');
        indent(out, depth);
        out.append(']');
    }

    private static void indent(Utf8Bytes out, int depth) {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }
}
