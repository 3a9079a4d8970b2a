package nl.kring.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import nl.kring.model.Contact;
import nl.kring.model.Location;
import nl.kring.model.Publication;
import nl.kring.source.Suggestions;
import nl.kring.source.TextFormats;
import nl.kring.source.YamlMap;

/** Readers for the field shapes several content types share. */
final class CommonFields {

    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3} ?[A-Za-z]{2}");
    private static final int MAX_SUMMARY = 200;

    /** The fields of a contact block, a registration block and a location block. */
    static final String[] CONTACT_FIELDS = {"name", "organisation", "email", "phone", "url"};
    static final String[] REGISTRATION_FIELDS = {"url", "email"};
    static final String[] LOCATION_FIELDS = {"name", "address", "postcode", "city", "accessible", "private"};

    private CommonFields() {
    }

    /** A contact block; {@code nameRequired} for a group's contact person. */
    static Contact contact(YamlMap parent, String key, boolean nameRequired) {
        if (!parent.has(key)) {
            return null;
        }
        return parent.map(key, CONTACT_FIELDS).map(map -> {
            String name = nameRequired ? map.requiredText("name") : map.text("name");
            Contact contact = new Contact(name, map.text("organisation"), map.email("email"),
                    phone(map, "phone"), webUrl(map, "url"));
            if (!map.has("email") && !map.has("phone") && !map.has("url")) {
                parent.error(key, "contact.noWayToReach", key);
            }
            return contact;
        }).orElse(null);
    }

    /** Registration details of an activity: a web address and/or an e-mail address. */
    static Contact registration(YamlMap parent, String key) {
        return parent.map(key, REGISTRATION_FIELDS).map(map -> {
            if (!map.has("url") && !map.has("email")) {
                parent.error(key, "registration.noWay", key);
            }
            return new Contact(null, null, map.email("email"), null, webUrl(map, "url"));
        }).orElse(null);
    }

    static Location location(YamlMap parent, String key) {
        return parent.map(key, LOCATION_FIELDS).map(map -> {
            boolean isPrivate = Boolean.TRUE.equals(map.bool("private"));
            String city = map.requiredText("city");
            String address = isPrivate ? map.text("address") : map.requiredText("address");
            String postcode = map.text("postcode");
            if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
                map.error("postcode", "field.postcode.invalid", postcode);
            } else if (postcode != null) {
                postcode = postcode(postcode);
            }
            return new Location(map.text("name"), address, postcode, city, map.bool("accessible"), isPrivate);
        }).orElse(null);
    }

    /**
     * A valid postcode as PostNL writes it, "6041 AB", however the editor typed it ("6041AB", "6041 ab"): the
     * pages, the calendars and the open data then show one address one way, and a reuser can match them.
     */
    static String postcode(String valid) {
        return valid.substring(0, 4) + " " + valid.substring(valid.length() - 2).toUpperCase(java.util.Locale.ROOT);
    }

    static String phone(YamlMap map, String key) {
        String value = map.text(key);
        if (value == null) {
            return null;
        }
        var meant = TextFormats.withLostZero(value);
        var length = TextFormats.wrongDutchLength(value);
        if (meant.isPresent()) {
            map.error(key, "field.phone.lostZero", value, meant.get());
        } else if (length.isPresent()) {
            map.error(key, "field.phone.dutchLength", value, length.getAsInt());
        } else if (!TextFormats.isPhone(value)) {
            map.error(key, "field.phone.invalidExample", value);
        }
        return value;
    }

    static String webUrl(YamlMap map, String key) {
        String value = map.text(key);
        if (value != null && !TextFormats.isWebUrl(value)) {
            Optional<String> meant = TextFormats.webUrlMeant(value);
            if (meant.isPresent()) {
                map.error(key, "field.url.invalid.suggested", value, Suggestions.didYouMean(meant.get()));
            } else {
                map.error(key, "field.url.invalid", value);
            }
        }
        return value;
    }

    static String summary(YamlMap map, boolean required) {
        String summary = required ? map.requiredText("summary") : map.text("summary");
        if (summary != null) {
            int length = summary.codePointCount(0, summary.length());
            if (length > MAX_SUMMARY) {
                map.error("summary", "field.summary.tooLong", length, MAX_SUMMARY);
            }
        }
        return summary;
    }

    /** Topic slugs, each checked against topics.yml. */
    static List<String> topics(YamlMap map, ContentIndex index) {
        if (!map.has("topics")) {
            map.diagnostics().error(map.start(), "topics.missing");
            return List.of();
        }
        List<String> topics = new ArrayList<>();
        for (Node item : map.items("topics")) {
            if (item instanceof ScalarNode scalar) {
                String slug = scalar.getValue().strip();
                if (index.topicSlugs().contains(slug) || !index.topicsKnown()) {
                    if (!topics.contains(slug)) {
                        topics.add(slug);
                    }
                } else {
                    map.report(item, "topic.unknown", slug, Suggestions.hint(slug, index.topicSlugs(), index.topicWords()));
                }
            } else {
                map.report(item, "topic.notSlug");
            }
        }
        if (topics.isEmpty() && map.items("topics").isEmpty()) {
            map.error("topics", "topics.empty");
        }
        return topics;
    }

    /**
     * Checks {@code draft} and {@code publishFrom}. What they decide was read before the file was checked
     * ({@link Drafts}); here a value that is not true/false or not a date is reported at its place. A
     * {@code publishFrom} that is not a date is an error even though the file is then published as usual:
     * it decides what the site shows.
     */
    static Publication publication(YamlMap map) {
        Boolean draft = map.bool("draft");
        LocalDate publishFrom = map.date("publishFrom");
        return new Publication(Boolean.TRUE.equals(draft), publishFrom);
    }

    /** The file's slug, reported when the file name is not a valid slug. */
    static String slug(MarkdownFile file) {
        String slug = file.file().baseName();
        if (!TextFormats.isSlug(slug)) {
            file.fields().diagnostics().error(file.file().start(), "file.name.notSlug", slug);
        }
        return slug;
    }
}
