package nl.kring.cms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.kring.message.Texts;

/**
 * Turns the properties of one JSON Schema into Decap CMS fields: the schema's {@code title} is the label,
 * its {@code description} the hint; {@code required}, {@code enum}, {@code pattern}, {@code maxLength},
 * integer bounds and the yes/no fields become the matching widget and checks, so the form refuses what
 * kring check would reject where Decap can express it. Conditions across fields (location unless online,
 * address unless private, an email or a phone) are left to kring check: Decap has no conditional fields.
 *
 * <p>Decap compares a select's value strictly, so fields where Kring accepts several spellings of one
 * value (yes/no fields, lists that may be a single value) use Kring's widgets from kring-cms.js:
 * {@code janee} and {@code keuzes}.
 */
final class FormFields {

    /** Fields whose values come from the content, not from the schema. */
    private static final Set<String> TOPIC_FIELDS = Set.of("topics");
    /** Yes/no fields where Kring reads "not there" as no (the others, like accessible, may be unknown). */
    private static final Set<String> EMPTY_MEANS_NO = Set.of("draft", "private", "sensitive");

    private final CmsSite site;
    private final Texts texts;

    FormFields(CmsSite site, Texts texts) {
        this.site = site;
        this.texts = texts;
    }

    /** The fields of an object schema, in the schema's order. */
    List<Map<String, Object>> fields(Map<String, Object> root, Map<String, Object> object, boolean parentRequired) {
        List<Map<String, Object>> fields = new ArrayList<>();
        Map<String, Object> properties = map(object.get("properties"));
        List<?> required = object.get("required") instanceof List<?> list ? list : List.of();
        properties.forEach((name, value) ->
                fields.add(field(root, name, map(value), parentRequired && required.contains(name))));
        return fields;
    }

    private Map<String, Object> field(Map<String, Object> root, String name, Map<String, Object> property,
                                      boolean required) {
        Map<String, Object> resolved = resolve(root, property);
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", name);
        field.put("label", String.valueOf(property.get("title")));
        field.put("hint", String.valueOf(property.get("description")));
        field.put("required", required);
        if (isYesNo(root, resolved)) {
            field.put("widget", "janee");
            field.put("empty_label", texts.text(required ? "cms.janee.choose"
                    : EMPTY_MEANS_NO.contains(name) ? "cms.janee.emptyMeansNo" : "cms.janee.empty"));
            field.put("unreadable_message", texts.text("cms.janee.unreadable", property.get("title")));
            if (onlyTrue(root, resolved)) {
                field.put("only_yes", true);
                field.put("only_yes_message", texts.text("cms.janee.onlyYes", property.get("title")));
            }
        } else if (TOPIC_FIELDS.contains(name)) {
            choices(field, site.topics(), required);
        } else if (name.equals("regions")) {
            List<CmsSite.Choice> regions = new ArrayList<>();
            regions.add(new CmsSite.Choice("all", texts.text("cms.regions.all")));
            regions.addAll(site.regions());
            choices(field, regions, false);
            field.put("single", "all");
        } else if (name.equals("days")) {
            choices(field, List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
                    .stream().map(day -> new CmsSite.Choice(day, texts.text("cms.weekday." + day))).toList(), false);
        } else if (name.equals("group") && root.get("$id").toString().endsWith("story.schema.json")) {
            field.put("widget", "select");
            field.put("options", site.groups().stream().map(FormFields::option).toList());
        } else if (name.equals("image")) {
            field.put("widget", "image");
            field.put("choose_url", false);
        } else if (name.equals("intro")) {
            field.put("widget", "markdown");
        } else if (resolved.get("enum") instanceof List<?> values && "string".equals(resolved.get("type"))) {
            field.put("widget", "select");
            field.put("options", values.stream().map(String::valueOf)
                    .map(value -> option(new CmsSite.Choice(value, dutchWord(name, value)))).toList());
        } else if ("integer".equals(resolved.get("type"))) {
            field.put("widget", "number");
            field.put("value_type", "int");
            if (resolved.get("minimum") != null) {
                field.put("min", resolved.get("minimum"));
            }
            if (resolved.get("maximum") != null) {
                field.put("max", resolved.get("maximum"));
            }
        } else if ("object".equals(resolved.get("type"))) {
            field.put("widget", "object");
            field.put("collapsed", false);
            field.put("fields", fields(root, resolved, required));
        } else if (isList(root, resolved)) {
            Map<String, Object> items = listItems(root, resolved);
            field.put("widget", "list");
            if ("object".equals(items.get("type"))) {
                field.put("fields", fields(root, items, true));
                Object min = resolved.get("minItems");
                if (min != null) {
                    field.put("min", min);
                }
            } else {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("name", name);
                item.put("label", String.valueOf(property.get("title")));
                item.put("widget", "string");
                Patterns.of(root, items, texts).ifPresent(pattern -> item.put("pattern", pattern));
                if (item.containsKey("pattern")) {
                    field.put("field", item);
                }
            }
        } else {
            field.put("widget", isLongText(name) ? "text" : "string");
            Patterns.of(root, resolved, texts).ifPresent(pattern -> field.put("pattern", pattern));
        }
        return field;
    }

    private void choices(Map<String, Object> field, List<CmsSite.Choice> choices, boolean required) {
        field.put("widget", "keuzes");
        field.put("options", choices.stream().map(FormFields::option).toList());
        if (required) {
            field.put("min", 1);
            field.put("min_message", texts.text("cms.choices.min", field.get("label")));
        }
    }

    private static Map<String, Object> option(CmsSite.Choice choice) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("label", choice.label());
        option.put("value", choice.value());
        return option;
    }

    /** The editor's word for an allowed value: Kring's Dutch word for it, with a capital. */
    private String dutchWord(String field, String value) {
        String key = "value." + field + "." + value;
        String word = texts.has(key) ? texts.text(key) : value;
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static boolean isLongText(String name) {
        return name.equals("summary") || name.equals("description");
    }

    /** A yes/no field: a boolean, or Kring's boolean definition (true/false or yes/no/ja/nee as text). */
    private static boolean isYesNo(Map<String, Object> root, Map<String, Object> schema) {
        if ("boolean".equals(schema.get("type")) || Boolean.TRUE.equals(schema.get("const"))) {
            return true;
        }
        for (String combination : List.of("anyOf", "oneOf")) {
            if (schema.get(combination) instanceof List<?> options && options.stream()
                    .map(o -> resolve(root, map(o)))
                    .anyMatch(o -> "boolean".equals(o.get("type")) || Boolean.TRUE.equals(o.get("const")))) {
                return true;
            }
        }
        return false;
    }

    /** A field that must be yes (a story's consent): no alternative that allows false. */
    private static boolean onlyTrue(Map<String, Object> root, Map<String, Object> schema) {
        if (schema.get("anyOf") instanceof List<?> options) {
            return options.stream().map(o -> resolve(root, map(o))).noneMatch(o -> "boolean".equals(o.get("type")));
        }
        return Boolean.TRUE.equals(schema.get("const"));
    }

    private static boolean isList(Map<String, Object> root, Map<String, Object> schema) {
        if ("array".equals(schema.get("type"))) {
            return true;
        }
        return schema.get("anyOf") instanceof List<?> options
                && options.stream().map(o -> resolve(root, map(o))).anyMatch(o -> "array".equals(o.get("type")));
    }

    private static Map<String, Object> listItems(Map<String, Object> root, Map<String, Object> schema) {
        Map<String, Object> array = "array".equals(schema.get("type")) ? schema
                : ((List<?>) schema.get("anyOf")).stream().map(o -> resolve(root, map(o)))
                        .filter(o -> "array".equals(o.get("type"))).findFirst().orElseThrow();
        return resolve(root, map(array.get("items")));
    }

    /** The schema a {@code $ref} points at (within the same file), merged under the referring keys. */
    static Map<String, Object> resolve(Map<String, Object> root, Map<String, Object> schema) {
        if (!(schema.get("$ref") instanceof String ref) || !ref.startsWith("#/")) {
            return schema;
        }
        Object target = root;
        for (String part : ref.substring(2).split("/")) {
            target = map(target).get(part);
        }
        Map<String, Object> merged = new LinkedHashMap<>(resolve(root, map(target)));
        schema.forEach((key, value) -> {
            if (!key.equals("$ref")) {
                merged.put(key, value);
            }
        });
        return merged;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
