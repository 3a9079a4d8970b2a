package nl.kring.cms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.kring.message.Texts;

/**
 * The pattern check of a text field, as Decap wants it: {@code [regular expression, Dutch explanation]}.
 * The expression is the schema's (JSON Schema patterns are ECMAScript expressions, as Decap's are);
 * several patterns that must all match are joined with look-aheads, alternatives with {@code |}, and a
 * {@code maxLength} becomes a length pattern. The explanation comes from the message bundle, chosen by
 * what the pattern checks ({@code cms.pattern.<kind>}).
 */
final class Patterns {

    private Patterns() {
    }

    static Optional<List<String>> of(Map<String, Object> root, Map<String, Object> schema, Texts texts) {
        List<String> alternatives = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        collect(root, schema, alternatives, kinds);
        if (alternatives.isEmpty()) {
            return Optional.empty();
        }
        String regex = alternatives.size() == 1 ? alternatives.getFirst()
                : String.join("|", alternatives.stream().map(a -> "(?:" + a + ")").toList());
        String message = String.join(texts.text("cms.pattern.or"),
                kinds.stream().distinct().map(kind -> kind.startsWith("maxLength:")
                        ? texts.text("cms.pattern.maxLength", kind.substring("maxLength:".length()))
                        : texts.text("cms.pattern." + kind)).toList());
        return Optional.of(List.of(regex, message));
    }

    private static void collect(Map<String, Object> root, Map<String, Object> schema, List<String> alternatives,
                                List<String> kinds) {
        Map<String, Object> resolved = FormFields.resolve(root, schema);
        if (resolved.get("pattern") instanceof String pattern) {
            alternatives.add(pattern);
            kinds.add(kind(pattern));
        } else if (resolved.get("allOf") instanceof List<?> all) {
            List<String> patterns = all.stream().map(FormFields::map)
                    .map(p -> p.get("pattern")).filter(String.class::isInstance).map(String.class::cast).toList();
            if (!patterns.isEmpty()) {
                StringBuilder joined = new StringBuilder();
                patterns.subList(1, patterns.size()).forEach(p -> joined.append("(?=[\\s\\S]*(?:").append(p).append("))"));
                joined.append("(?:").append(patterns.getFirst()).append(")");
                alternatives.add(joined.toString());
                kinds.add(kind(patterns.getFirst()));
            }
        } else if (resolved.get("anyOf") instanceof List<?> any) {
            for (Object option : any) {
                collect(root, FormFields.map(option), alternatives, kinds);
            }
        } else if (resolved.get("maxLength") instanceof Integer max) {
            alternatives.add("^[\\s\\S]{0," + max + "}$");
            kinds.add("maxLength:" + max);
        }
    }

    /** What a pattern of the schemas checks, by its shape. */
    static String kind(String pattern) {
        if (pattern.contains("[T ]")) {
            return "dateTime";
        }
        if (pattern.contains("{4}-")) {
            return "date";
        }
        if (pattern.contains("[:.]")) {
            return "time";
        }
        if (pattern.contains("@")) {
            return "email";
        }
        if (pattern.contains("[Hh][Tt][Tt][Pp]")) {
            return "url";
        }
        if (pattern.contains("{8,15}")) {
            return "phone";
        }
        if (pattern.contains("[A-Za-z]{2}")) {
            return "postcode";
        }
        if (pattern.contains("[Rr][Rr][Uu][Ll][Ee]")) {
            return "rrule";
        }
        if (pattern.contains("[A-Za-z]+")) {
            return "month";
        }
        if (pattern.contains("(-[a-z0-9]+)*/")) {
            return "groupKey";
        }
        if (pattern.contains("(-[a-z0-9]+)*")) {
            return "slug";
        }
        return "other";
    }
}
